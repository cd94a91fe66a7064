using InnoGraph.Graph.Cypher;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Export;

/// <summary>
/// The whole graph, streamed: entities in pages ordered by id, each page written before the next is
/// read, then the relations of the entities, page by page the same way. Only the ids of the edges
/// written are kept, so that a relation is never written twice.
/// </summary>
internal sealed class WholeGraphContent(ICypherClient cypher, ExportOptions options, long nodes, long edges, CancellationTokenSource deadline) : ExportContent(deadline)
{
    public override long TotalNodes => nodes;

    public override long TotalEdges => edges;

    protected override async Task WriteGraphAsync(IGraphWriter writer, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        long nodesWritten = 0, edgesWritten = 0;
        var after = "";
        while (true)
        {
            var page = await PageAsync("export/nodes-page.cypher", after, cancellationToken);
            foreach (var row in page)
            {
                await writer.WriteNodeAsync(ExportRows.Node(row), cancellationToken);
            }

            nodesWritten += page.Count;
            await writer.FlushAsync(cancellationToken);
            progress?.Report(new ExportProgress(nodesWritten, 0, nodes, edges));
            if (page.Count < options.PageSize)
            {
                break;
            }

            after = page[^1]["id"].GetString()!;
        }

        await writer.BeginEdgesAsync(cancellationToken);
        var written = new HashSet<string>(StringComparer.Ordinal);
        after = "";
        while (true)
        {
            var page = await PageAsync("export/edges-page.cypher", after, cancellationToken);
            foreach (var edge in page.SelectMany(row => row["edges"].EnumerateArray()).Select(ExportRows.StoredEdge))
            {
                if (written.Add(edge.Id))
                {
                    await writer.WriteEdgeAsync(edge, cancellationToken);
                    edgesWritten++;
                }
            }

            await writer.FlushAsync(cancellationToken);
            progress?.Report(new ExportProgress(nodesWritten, edgesWritten, nodes, edges));
            if (page.Count < options.PageSize)
            {
                break;
            }

            after = page[^1]["anchor"].GetString()!;
        }
    }

    private async Task<List<IReadOnlyDictionary<string, System.Text.Json.JsonElement>>> PageAsync(string file, string after, CancellationToken cancellationToken)
    {
        var statement = CypherStatement.Of(CypherFiles.Get(file), ("after", after), ("page", options.PageSize));
        var rows = new List<IReadOnlyDictionary<string, System.Text.Json.JsonElement>>(options.PageSize);
        await foreach (var row in cypher.StreamAsync(statement, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
