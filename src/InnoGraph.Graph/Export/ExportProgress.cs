namespace InnoGraph.Graph.Export;

/// <summary>How far an export is: written so far out of the totals it announced.</summary>
public sealed record ExportProgress(long Nodes, long Edges, long TotalNodes, long TotalEdges);
