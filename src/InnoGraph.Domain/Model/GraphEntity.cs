namespace InnoGraph.Domain.Model;

/// <summary>An entity as it is written to the graph: checked, with its names, sources and typed properties.</summary>
public sealed record GraphEntity(
    string Id,
    EntityKind Kind,
    string Name,
    string? NameEn,
    IReadOnlyList<Name> Aliases,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, object> Properties)
{
    /// <summary>The lower-cased, simplified text that name search matches against.</summary>
    public string SearchText => Text.SearchText.Of(Names);

    /// <summary>The keys a look-up by name finds it through (<see cref="Text.NameKeys"/>).</summary>
    public IReadOnlyList<string> NameKeys => Text.NameKeys.Of(Names);

    /// <summary>The keys name search finds it through (<see cref="Text.SearchKeys"/>).</summary>
    public IReadOnlyList<string> SearchKeys => Text.SearchKeys.Of(Names);

    private IEnumerable<string?> Names => [Name, NameEn, .. Aliases.Select(a => a.Text)];
}
