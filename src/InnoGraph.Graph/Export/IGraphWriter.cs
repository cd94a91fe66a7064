namespace InnoGraph.Graph.Export;

/// <summary>
/// Writes one file as the nodes and edges come: all nodes first, then all edges. Nothing is kept
/// but what the format needs to close its elements; <see cref="FlushAsync"/> hands what was written to the output.
/// </summary>
public interface IGraphWriter : IAsyncDisposable
{
    Task BeginAsync(CancellationToken cancellationToken);

    Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken);

    /// <summary>Ends the nodes; only edges follow.</summary>
    Task BeginEdgesAsync(CancellationToken cancellationToken);

    Task WriteEdgeAsync(ExportEdge edge, CancellationToken cancellationToken);

    Task EndAsync(CancellationToken cancellationToken);

    Task FlushAsync(CancellationToken cancellationToken);
}
