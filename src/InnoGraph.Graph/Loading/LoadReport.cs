using InnoGraph.Graph.Stats;

namespace InnoGraph.Graph.Loading;

/// <summary>What a load did: the dataset version, what it removed as stale, and the graph's counts after it.</summary>
public sealed record LoadReport(string Version, long RemovedEntities, long RemovedRelations, GraphStats Stats);
