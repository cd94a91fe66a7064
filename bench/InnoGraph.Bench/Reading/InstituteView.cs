namespace InnoGraph.Bench.Reading;

/// <summary>An institute with its relations, the nested result both read strategies build.</summary>
public sealed record InstituteView(string Id, string Name, IReadOnlyList<RelationView> Relations)
{
    /// <summary>A stable text form, so the two strategies' answers can be compared whatever the order of relations.</summary>
    public string Describe() =>
        $"{Id} {Name}: " + string.Join("; ", Relations.Select(r => $"{(r.Outgoing ? "->" : "<-")}{r.Type} {r.Id} {r.Name}").Order(StringComparer.Ordinal));
}
