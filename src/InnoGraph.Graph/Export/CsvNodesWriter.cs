namespace InnoGraph.Graph.Export;

/// <summary>Gephi's nodes table: <c>Id</c> and <c>Label</c> as Gephi names them, then the declared attributes.</summary>
public sealed class CsvNodesWriter(Stream output) : IGraphWriter
{
    public static readonly IReadOnlyList<string> Header = ["Id", "Label", "Kind", "NameEn", "Aliases", "Sources", "Properties"];

    private readonly CsvTable _table = new(output);

    public Task BeginAsync(CancellationToken cancellationToken) => _table.RowAsync(Header);

    public Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken) =>
        _table.RowAsync([node.Id, node.Label, node.Kind, node.NameEn ?? "", ExportText.Join(node.Aliases), ExportText.Join(node.Sources), node.Properties]);

    public Task BeginEdgesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteEdgeAsync(ExportEdge edge, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task EndAsync(CancellationToken cancellationToken) => _table.FlushAsync(cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken) => _table.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _table.DisposeAsync();
}
