using System.Globalization;

namespace InnoGraph.Graph.Export;

/// <summary>
/// Gephi's edges table. Gephi reads <c>Type</c> as the edge's direction, so it says <c>Directed</c>
/// and the relation type is in <c>Label</c> and <c>Relation</c>.
/// </summary>
public sealed class CsvEdgesWriter(Stream output) : IGraphWriter
{
    public static readonly IReadOnlyList<string> Header = ["Source", "Target", "Type", "Id", "Weight", "Label", "Relation", "Sources", "Via", "Properties"];

    private readonly CsvTable _table = new(output);

    public Task BeginAsync(CancellationToken cancellationToken) => _table.RowAsync(Header);

    public Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task BeginEdgesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteEdgeAsync(ExportEdge edge, CancellationToken cancellationToken) =>
        _table.RowAsync([edge.Source, edge.Target, "Directed", edge.Id, edge.Weight.ToString(CultureInfo.InvariantCulture), edge.Type, edge.Type, ExportText.Join(edge.Sources), ExportText.Join(edge.Via), edge.Properties]);

    public Task EndAsync(CancellationToken cancellationToken) => _table.FlushAsync(cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken) => _table.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _table.DisposeAsync();
}
