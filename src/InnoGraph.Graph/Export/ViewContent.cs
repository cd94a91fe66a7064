namespace InnoGraph.Graph.Export;

/// <summary>A view's nodes and edges: bounded as the API bounds the same read, so held once in memory.</summary>
internal sealed class ViewContent(IReadOnlyList<ExportNode> nodes, IReadOnlyList<ExportEdge> edges, CancellationTokenSource deadline) : ExportContent(deadline)
{
    public override long TotalNodes => nodes.Count;

    public override long TotalEdges => edges.Count;

    protected override async Task WriteGraphAsync(IGraphWriter writer, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            await writer.WriteNodeAsync(node, cancellationToken);
        }

        await writer.BeginEdgesAsync(cancellationToken);
        foreach (var edge in edges)
        {
            await writer.WriteEdgeAsync(edge, cancellationToken);
        }

        progress?.Report(new ExportProgress(nodes.Count, edges.Count, nodes.Count, edges.Count));
    }
}
