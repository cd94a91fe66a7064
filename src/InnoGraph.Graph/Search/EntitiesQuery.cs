using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Graph.Search;

/// <summary>A page of entities: of one kind or all, with part of a name, after a cursor.</summary>
public sealed record EntitiesRequest(string? Kind = null, string? Text = null, int? First = null, string? After = null);

/// <summary>
/// Browses entities by name, paged by a keyset cursor (name, then id). A kind narrows by label, so
/// the scan is the kind's only; part of a name starts from the search keys instead (<see cref="NameMatch.Candidates"/>).
/// </summary>
public static class EntitiesQuery
{
    private const string Separator = "'\\u0001'";

    public static ReadPlan Plan(EntitiesRequest request, FieldSelection selection)
    {
        var label = request.Kind is null ? CypherNames.EntityLabel : Allowlists.Kinds([request.Kind], "kind")[0];
        var first = Limits.Default.Page(request.First, "first");
        var after = request.After is { } cursor ? CursorShapes.Entities(cursor) : null;
        var query = ReadStatement.Begin();
        var n = query.Variable("n");
        var k = query.Variable("k");
        var page = query.Variable("page");
        var key = $"coalesce({n}.name, '') + {Separator} + {n}.id";
        var total = query.Variable("total");
        if (request.Text is { } text && !string.IsNullOrWhiteSpace(text))
        {
            // Candidates through the search keys (see NameMatch.Candidates), never a scan of the label.
            var matched = NameMatch.Candidates(query, text, n, $"{n}:{label} AND {NameMatch.Holds(query, n, text)}");
            if (selection.Selects("totalCount"))
            {
                query.With($"{matched}, size({matched}) AS {total}");
                query.Carry(total);
            }

            if (after is not null)
            {
                var y = query.Fresh("y");
                query.With($"[{y} IN {matched} WHERE coalesce({y}.name, '') + {Separator} + {y}.id > {query.Param(after)}] AS {matched}");
            }

            query.Line($"UNWIND CASE WHEN size({matched}) = 0 THEN [null] ELSE {matched} END AS {n}");
        }
        else
        {
            if (selection.Selects("totalCount"))
            {
                query.Line($"OPTIONAL MATCH ({n}:{label})");
                query.With($"count({n}) AS {total}");
                query.Carry(total);
            }

            var keyset = after is null ? "" : $" WHERE {key} > {query.Param(after)}";
            query.Line($"OPTIONAL MATCH ({n}:{label}){keyset}");
        }

        query.With($"{n}, {key} AS {k}", $"ORDER BY {k} LIMIT {query.Param(first + 1)}");
        query.With($"collect(CASE WHEN {n} IS NULL THEN null ELSE {{k: {k}, n: {n}}} END) AS {page}");
        var firstParam = query.Param(first);
        var entries = new List<string>();
        foreach (var child in selection.Children)
        {
            entries.Add($"`{child.ResponseKey}`: " + child.FieldName switch
            {
                "totalCount" => total.Name,
                "pageInfo" => $"{{hasNextPage: size({page}) > {firstParam}, hasPreviousPage: {query.Param(after is not null)}, startCursor: head({page}).k, endCursor: last({page}[..{firstParam}]).k}}",
                "edges" => Edges(query, child, page, firstParam),
                _ => throw new TranslationException(RefusalCodes.InvalidQuery, $"Field '{child.FieldName}' cannot be selected on a connection."),
            });
        }

        query.Return($"{{{string.Join(", ", entries)}}}");
        return new ReadPlan(query.Build());
    }

    private static string Edges(CypherQuery query, FieldSelection edges, CypherVariable page, string firstParam)
    {
        var e = query.Fresh("e");
        var entries = edges.Children.Select(c => $"`{c.ResponseKey}`: " + c.FieldName switch
        {
            "cursor" => $"{e}.k",
            "node" => EntityProjection.Project(query, $"{e}.n", c.Children),
            _ => throw new TranslationException(RefusalCodes.InvalidQuery, $"Field '{c.FieldName}' cannot be selected on an edge."),
        });
        return $"[{e} IN {page}[..{firstParam}] | {{{string.Join(", ", entries)}}}]";
    }
}
