namespace InnoGraph.Graph.Export;

/// <summary>Several files from one read (the CLI's nodes and edges CSV): every call goes to each writer.</summary>
public sealed class GraphWriters(IReadOnlyList<IGraphWriter> writers) : IGraphWriter
{
    public Task BeginAsync(CancellationToken cancellationToken) => Each(w => w.BeginAsync(cancellationToken));

    public Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken) => Each(w => w.WriteNodeAsync(node, cancellationToken));

    public Task BeginEdgesAsync(CancellationToken cancellationToken) => Each(w => w.BeginEdgesAsync(cancellationToken));

    public Task WriteEdgeAsync(ExportEdge edge, CancellationToken cancellationToken) => Each(w => w.WriteEdgeAsync(edge, cancellationToken));

    public Task EndAsync(CancellationToken cancellationToken) => Each(w => w.EndAsync(cancellationToken));

    public Task FlushAsync(CancellationToken cancellationToken) => Each(w => w.FlushAsync(cancellationToken));

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in writers)
        {
            await writer.DisposeAsync();
        }
    }

    private async Task Each(Func<IGraphWriter, Task> call)
    {
        foreach (var writer in writers)
        {
            await call(writer);
        }
    }
}
