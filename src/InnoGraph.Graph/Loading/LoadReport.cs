using InnoGraph.Graph.Stats;

namespace InnoGraph.Graph.Loading;

/// <summary>What a load did: the dataset version, what it removed as stale, and the graph's counts after it.</summary>
public sealed record LoadReport(string Version, long RemovedEntities, long RemovedRelations, GraphStats Stats)
{
    /// <summary>True when nothing was written: the graph already held this version and nothing had written to it since.</summary>
    public bool Skipped { get; init; }
}
