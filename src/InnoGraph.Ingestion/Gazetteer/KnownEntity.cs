using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>An entity of the graph as the gazetteer knows it: its id, kind, canonical name, every name it is found by, and the documents that name it.</summary>
public sealed record KnownEntity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Names,
    IReadOnlySet<string> Documents,
    IReadOnlyDictionary<string, object> Properties)
{
    /// <summary>True for an entity of the project's reference data (the division codes' regions), which the graph has whatever documents it holds.</summary>
    public bool IsReference { get; init; }

    public static KnownEntity Of(GraphEntity entity) => new(
        entity.Id,
        entity.Kind,
        entity.Name,
        [.. new[] { entity.Name }.Concat(entity.Aliases.Select(a => a.Text)).Select(GazetteerIndex.Key).Where(GazetteerIndex.IsSearchable).Distinct(StringComparer.Ordinal)],
        entity.Sources.Select(s => s.Split(':')[0]).Where(s => s.Length > 1 && s[0] == 'd' && char.IsAsciiDigit(s[1])).ToHashSet(StringComparer.Ordinal),
        entity.Properties)
    {
        IsReference = entity.Sources.Any(s => s.StartsWith("ref-", StringComparison.Ordinal)),
    };

    /// <summary>The id's place segment (<c>jiaxing</c> of <c>gov.jiaxing.science-bureau</c>), or null for ids without one.</summary>
    public string? PlaceSlug => Id.Split('.') is { Length: >= 3 } parts ? parts[1] : null;
}
