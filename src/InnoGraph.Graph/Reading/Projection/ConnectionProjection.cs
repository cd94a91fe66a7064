using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// Projects <c>relations(...)</c> of an entity: a connection of edges in one or both directions,
/// filtered, ordered by a unique key and cut after <c>first</c>. Cypher 3.1 has no ORDER BY inside an
/// expression, so candidates are gathered as light {key, relationship, node} maps, sorted by an
/// insertion sort in <c>reduce</c>, sliced, and only the page is projected.
/// <c>totalCount</c> is a separate count, emitted only when selected.
/// </summary>
public static class ConnectionProjection
{
    private const string Separator = "'\\u0001'";

    public static string Project(CypherQuery query, CypherVariable node, FieldSelection field)
    {
        var limits = Limits.Default;
        var direction = field.String("direction") ?? "BOTH";
        var types = Allowlists.Types(field.Strings("types"), "types");
        var kinds = Allowlists.Kinds(field.Strings("kinds"), "kinds");
        var text = field.String("text");
        var orderBy = field.String("orderBy") ?? "NAME";
        var first = limits.Page(field.Int("first"), "first");
        var after = field.String("after") is { } cursor ? CursorShapes.Relations(cursor, orderBy) : null;

        var r = query.Fresh("r");
        var m = query.Fresh("m");
        var at = query.Fresh("at");
        var filters = new List<string>();
        if (kinds.Count > 0)
        {
            filters.Add($"{m}.kind IN {query.Param(kinds)}");
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            filters.Add($"coalesce({m}.searchText, toLower({m}.name)) CONTAINS {query.Param(Domain.Text.SearchText.Normalize(text))}");
        }

        var directions = direction switch
        {
            "OUT" => new[] { "OUT" },
            "IN" => ["IN"],
            _ => ["OUT", "IN"],
        };

        string Pattern(string d) => d == "OUT" ? $"({at})-[{r}{types}]->({m}:Entity)" : $"({at})<-[{r}{types}]-({m}:Entity)";

        // Neo4j 3.1 binds a pattern's start node only to the innermost enclosing list
        // comprehension's variable, so every pattern comprehension gets its own one-element binding.
        string Anchored(string comprehension) => $"head([{at} IN [{node}] | {comprehension}])";
        string Key(string d) => orderBy switch
        {
            "TYPE" => $"type({r}) + {Separator} + coalesce({m}.name, '') + {Separator} + coalesce({r}.id, '') + {Separator} + '{d}'",
            "ORDER" => $"{OrderKeys.Cypher(r)} + {Separator} + coalesce({m}.name, '') + {Separator} + coalesce({r}.id, '') + {Separator} + '{d}'",
            _ => $"coalesce({m}.name, '') + {Separator} + coalesce({r}.id, '') + {Separator} + '{d}'",
        };
        string Where(IEnumerable<string> conditions)
        {
            var all = conditions.ToList();
            return all.Count == 0 ? "" : " WHERE " + string.Join(" AND ", all);
        }

        var entries = new List<string>();
        if (field.Selects("totalCount"))
        {
            var counts = directions.Select(d => Anchored($"size([{Pattern(d)}{Where(filters)} | 1])"));
            foreach (var total in field.ChildrenNamed("totalCount"))
            {
                entries.Add($"`{total.ResponseKey}`: {string.Join(" + ", counts)}");
            }
        }

        var wantsPage = field.Selects("edges") || field.Selects("pageInfo");
        if (!wantsPage)
        {
            return $"{{{string.Join(", ", entries)}}}";
        }

        var afterParam = after is null ? null : query.Param(after);
        var candidates = directions.Select(d =>
        {
            var conditions = afterParam is null ? filters : [.. filters, $"{Key(d)} > {afterParam}"];
            return Anchored($"[{Pattern(d)}{Where(conditions)} | {{k: {Key(d)}, r: {r}, m: {m}, d: '{d}'}}]");
        });
        var acc = query.Fresh("acc");
        var x = query.Fresh("x");
        var y = query.Fresh("y");
        var page = query.Fresh("page");
        var firstParam = query.Param(first);
        var sorted = $"reduce({acc} = [], {x} IN {string.Join(" + ", candidates)} | [{y} IN {acc} WHERE {y}.k < {x}.k] + [{x}] + [{y} IN {acc} WHERE NOT ({y}.k < {x}.k)])[..{query.Param(first + 1)}]";

        foreach (var info in field.ChildrenNamed("pageInfo"))
        {
            entries.Add($"`{info.ResponseKey}`: {{hasNextPage: size({page}) > {firstParam}, hasPreviousPage: {query.Param(after is not null)}, startCursor: head({page}).k, endCursor: last({page}[..{firstParam}]).k}}");
        }

        foreach (var edges in field.ChildrenNamed("edges"))
        {
            var e = query.Fresh("e");
            var n = query.Fresh("n");
            var edgeEntries = edges.Children.Select(c => $"`{c.ResponseKey}`: {EdgeField(query, e, n, c)}");
            entries.Add($"`{edges.ResponseKey}`: [{e} IN {page}[..{firstParam}] | head([{n} IN [{e}.m] | {{{string.Join(", ", edgeEntries)}}}])]");
        }

        return $"head([{page} IN [{sorted}] | {{{string.Join(", ", entries)}}}])";
    }

    public static string EdgeField(CypherQuery query, CypherVariable e, CypherVariable n, FieldSelection field) => field.FieldName switch
    {
        "cursor" => $"{e}.k",
        "id" => $"coalesce({e}.r.id, toString(id({e}.r)))",
        "type" => $"type({e}.r)",
        "direction" => $"{e}.d",
        "role" => $"{e}.r.role",
        "order" => $"{e}.r.order",
        "properties" => $"properties({e}.r)",
        "sources" => Provenance.Of(query, $"{e}.r.sources"),
        "node" => EntityProjection.Project(query, n, field.Children),
        _ => throw new TranslationException(RefusalCodes.InvalidQuery, $"Field '{field.FieldName}' cannot be selected on an edge."),
    };
}
