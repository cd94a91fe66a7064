namespace InnoGraph.Graph.Schema;

/// <summary>The schema version recorded in the graph and the dialect it was applied in.</summary>
public sealed record SchemaStatus(int Version, string Dialect);
