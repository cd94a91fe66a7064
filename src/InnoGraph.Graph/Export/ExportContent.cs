namespace InnoGraph.Graph.Export;

/// <summary>
/// An export that was accepted: its arguments resolved and its size known, so nothing can refuse
/// it once the first byte is written. Writing it runs under the export's timeout.
/// </summary>
public abstract class ExportContent(CancellationTokenSource deadline) : IDisposable
{
    public abstract long TotalNodes { get; }

    public abstract long TotalEdges { get; }

    protected CancellationToken Deadline => deadline.Token;

    public async Task WriteAsync(IGraphWriter writer, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        await writer.BeginAsync(linked.Token);
        await WriteGraphAsync(writer, progress, linked.Token);
        await writer.EndAsync(linked.Token);
    }

    /// <summary>Writes every node, then <see cref="IGraphWriter.BeginEdgesAsync"/>, then every edge.</summary>
    protected abstract Task WriteGraphAsync(IGraphWriter writer, IProgress<ExportProgress>? progress, CancellationToken cancellationToken);

    public void Dispose()
    {
        deadline.Dispose();
        GC.SuppressFinalize(this);
    }
}
