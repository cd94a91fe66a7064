namespace InnoGraph.Graph.Stats;

/// <summary>Counts of entities by kind and of relations by type.</summary>
public sealed record GraphStats(IReadOnlyDictionary<string, long> Entities, IReadOnlyDictionary<string, long> Relations)
{
    public long EntityTotal => Entities.Values.Sum();

    public long RelationTotal => Relations.Values.Sum();
}
