using System.Text.Json.Nodes;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Export;

/// <summary>
/// Accepts an export or refuses it before anything is written: a view runs the read the GraphQL
/// API answers it with (so the file holds what the API answers), and its entities' names and
/// locators are read once by id; the whole graph is counted and bounded, then streamed by
/// <see cref="WholeGraphContent"/>.
/// </summary>
public sealed class GraphExport(ICypherClient cypher, ExportOptions options)
{
    public async Task<ExportContent> PrepareAsync(ExportView view, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            return view.Kind == ExportViewKind.Whole
                ? await WholeAsync(deadline)
                : await ViewAsync(view, deadline);
        }
        catch
        {
            deadline.Dispose();
            throw;
        }
    }

    private async Task<ExportContent> WholeAsync(CancellationTokenSource deadline)
    {
        var counts = await cypher.RunAsync(CypherStatement.Of(CypherFiles.Get("export/counts.cypher")), WorkKind.RetrySafe, deadline.Token);
        var (nodes, edges) = (counts.Value(0, "nodes").GetInt64(), counts.Value(0, "edges").GetInt64());
        if (nodes + edges > options.MaxWholeGraphItems)
        {
            throw new ExportRefused(
                ExportRefusal.TooLarge,
                null,
                $"The whole graph has {nodes} entities and {edges} relations, more than the {options.MaxWholeGraphItems} an export writes at most; export a view (view=collaboration, cities, responsibility, neighbourhood or path).");
        }

        return new WholeGraphContent(cypher, options, nodes, edges, deadline);
    }

    private async Task<ExportContent> ViewAsync(ExportView view, CancellationTokenSource deadline)
    {
        ReadPlan plan;
        try
        {
            plan = view.Read(ExportSelection.Graph);
        }
        catch (TranslationException e)
        {
            throw new ExportRefused(ExportRefusal.BadArgument, null, e.Message);
        }

        var result = await cypher.RunAsync(plan.Statement, WorkKind.RetrySafe, deadline.Token);
        if (result.Rows.Count > 0 && UnresolvedReference.First(result.Value(0, "__refs")) is { } unresolved)
        {
            throw new ExportRefused(unresolved.IsMissing ? ExportRefusal.NotFound : ExportRefusal.BadArgument, unresolved.Argument, unresolved.Message);
        }

        var raw = result.Rows.Count == 0 ? "null" : result.Value(0, "data").GetRawText();
        if (raw.Length > options.MaxViewBytes)
        {
            throw new ExportRefused(ExportRefusal.TooLarge, null, $"The view would be larger than {options.MaxViewBytes / 1024} KiB, the bound of an API answer; narrow it (lower 'depth' or 'limit', or name a city or plan).");
        }

        var graph = (plan.Reshape ?? (d => d))(JsonNode.Parse(raw));
        var viewNodes = (graph?["nodes"] as JsonArray ?? []).Select(n => n!["id"]!.GetValue<string>()).ToList();
        if (view.Kind == ExportViewKind.Neighbourhood && view.Ids!.Where(id => !viewNodes.Contains(id)).ToList() is { Count: > 0 } missing)
        {
            throw new ExportRefused(ExportRefusal.NotFound, "ids", $"'ids' names entities that are not in the graph: {string.Join(", ", missing)}.");
        }

        var nodes = await NodesAsync(viewNodes, deadline.Token);
        var known = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = (graph?["edges"] as JsonArray ?? [])
            .Select(e => ExportRows.ViewEdge(e!))
            .Where(e => known.Contains(e.Source) && known.Contains(e.Target))
            .ToList();
        return new ViewContent(nodes, edges, deadline);
    }

    private async Task<List<ExportNode>> NodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var nodes = new List<ExportNode>(ids.Count);
        if (ids.Count == 0)
        {
            return nodes;
        }

        var statement = CypherStatement.Of(CypherFiles.Get("export/nodes-by-id.cypher"), ("ids", ids));
        await foreach (var row in cypher.StreamAsync(statement, cancellationToken))
        {
            nodes.Add(ExportRows.Node(row));
        }

        return nodes;
    }
}
