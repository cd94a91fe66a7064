using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>
/// <c>entities(kind, text, first, after)</c>: browse entities by name, paged by a keyset cursor
/// (name, then id). A kind narrows by label, so the scan is the kind's only.
/// </summary>
internal sealed class EntitiesTranslator : IRootTranslator
{
    private const string Separator = "'\\u0001'";

    public string FieldName => "entities";

    public ReadPlan Translate(FieldSelection field)
    {
        var kind = field.String("kind");
        var label = kind is null ? "Entity" : Allowlists.Kinds([kind], "kind")[0];
        var first = Limits.Default.Page(field.Int("first"), "first");
        var after = field.String("after") is { } cursor ? CursorShapes.Entities(cursor) : null;
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var filter = field.String("text") is { } text && !string.IsNullOrWhiteSpace(text)
            ? $" WHERE coalesce(n.searchText, toLower(n.name)) CONTAINS {query.Param(SearchText.Normalize(text))}"
            : "";
        if (field.Selects("totalCount"))
        {
            query.Line($"OPTIONAL MATCH (n:{label}){filter}");
            query.With("count(n) AS total");
            query.Carry("total");
        }

        var key = $"coalesce(n.name, '') + {Separator} + n.id";
        var keyset = after is null ? "" : (filter.Length == 0 ? " WHERE " : " AND ") + $"{key} > {query.Param(after)}";
        query.Line($"OPTIONAL MATCH (n:{label}){filter}{keyset}");
        query.With($"n, {key} AS k", $"ORDER BY k LIMIT {query.Param(first + 1)}");
        query.With("collect(CASE WHEN n IS NULL THEN null ELSE {k: k, n: n} END) AS page");
        var firstParam = query.Param(first);
        var entries = new List<string>();
        foreach (var child in field.Children)
        {
            entries.Add($"`{child.ResponseKey}`: " + child.FieldName switch
            {
                "totalCount" => "total",
                "pageInfo" => $"{{hasNextPage: size(page) > {firstParam}, hasPreviousPage: {query.Param(after is not null)}, startCursor: head(page).k, endCursor: last(page[..{firstParam}]).k}}",
                "edges" => Edges(query, child, firstParam),
                _ => throw new TranslationException(ErrorCodes.InvalidQuery, $"Field '{child.FieldName}' cannot be selected on a connection."),
            });
        }

        query.Return($"{{{string.Join(", ", entries)}}}");
        return new ReadPlan(query.Build());
    }

    private static string Edges(CypherQuery query, FieldSelection edges, string firstParam)
    {
        var e = query.Fresh("e");
        var entries = edges.Children.Select(c => $"`{c.ResponseKey}`: " + c.FieldName switch
        {
            "cursor" => $"{e}.k",
            "node" => EntityProjection.Project(query, $"{e}.n", c.Children),
            _ => throw new TranslationException(ErrorCodes.InvalidQuery, $"Field '{c.FieldName}' cannot be selected on an edge."),
        });
        return $"[{e} IN page[..{firstParam}] | {{{string.Join(", ", entries)}}}]";
    }
}
