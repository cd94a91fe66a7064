using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// The <c>Graph</c> shape graph libraries take as is: nodes <c>{id kind label nameEn aliases properties}</c> and
/// edges <c>{id source target type properties}</c>. Nodes always carry id, kind and label and edges their ends and
/// type; the rest (names, properties, provenance, a derived edge's entities) only when selected, since a path
/// repeats its nodes and each extra field is read once per occurrence. A derived edge's provenance is the union of
/// the locators of the facts it is derived from.
/// </summary>
public sealed class GraphProjection(CypherQuery query, FieldSelection graph)
{
    /// <summary>Node fields asked for, by the graph's nodes or by derived edges' <c>via</c>; id, kind and label are always read.</summary>
    private readonly HashSet<string> _nodeFields = Selected(
        graph.ChildrenNamed("nodes").Concat(graph.ChildrenNamed("edges").SelectMany(e => e.ChildrenNamed("via"))));

    /// <summary>Edge fields asked for; id, source, target and type are always read.</summary>
    private readonly HashSet<string> _edgeFields = Selected(graph.ChildrenNamed("edges"));

    public string Node(CypherVariable node) => Node(node.Name);

    /// <summary>A node from an expression (e.g. <c>pair.a</c>), with only the fields the selection asks for.</summary>
    public string Node(string node)
    {
        var entries = new List<string> { $"id: {node}.id", $"kind: {node}.kind", $"label: {node}.name" };
        AddIf(entries, _nodeFields, "nameEn", () => $"{node}.nameEn");
        AddIf(entries, _nodeFields, "aliases", () => EntityProjection.Aliases(query, node));
        AddIf(entries, _nodeFields, "properties", () => $"properties({node})");
        AddIf(entries, _nodeFields, "sources", () => Provenance.Of(query, $"{node}.sources"));
        return $"{{{string.Join(", ", entries)}}}";
    }

    public string Edge(CypherVariable relationship)
    {
        var entries = new List<string>
        {
            $"id: coalesce({relationship}.id, toString(id({relationship})))",
            $"source: startNode({relationship}).id",
            $"target: endNode({relationship}).id",
            $"type: type({relationship})",
        };
        AddIf(entries, _edgeFields, "properties", () => $"properties({relationship})");
        AddIf(entries, _edgeFields, "sources", () => Provenance.Of(query, $"{relationship}.sources"));
        return $"{{{string.Join(", ", entries)}}}";
    }

    /// <summary>
    /// A derived edge (not stored): its weight, the entities behind it, and as its sources the locators
    /// (<paramref name="locators"/>, a list of strings) of the stored facts it rests on.
    /// </summary>
    public string DerivedEdge(string source, string target, string type, string weight, string via, string properties, string locators)
    {
        var entries = new List<string> { $"id: {source}.id + '|{type}|' + {target}.id", $"source: {source}.id", $"target: {target}.id", $"type: '{type}'" };
        AddIf(entries, _edgeFields, "weight", () => weight);
        AddIf(entries, _edgeFields, "properties", () => properties);
        AddIf(entries, _edgeFields, "via", () =>
        {
            var v = query.Fresh("v");
            return $"[{v} IN {via} | {Node(v)}]";
        });
        AddIf(entries, _edgeFields, "sources", () => Provenance.Of(query, locators));
        return $"{{{string.Join(", ", entries)}}}";
    }

    /// <summary>
    /// The locators of a list of locator lists (one per fact row), flattened, each once, in first-seen order.
    /// </summary>
    public string DistinctLocators(string lists)
    {
        var (all, list) = (query.Fresh("all"), query.Fresh("list"));
        return CypherLists.Distinct(query, $"reduce({all} = [], {list} IN {lists} | {all} + coalesce({list}, []))");
    }

    /// <summary>The locators of every relationship in a list of relationships (which may be null).</summary>
    public string LocatorsOf(string relationships)
    {
        var (acc, r) = (query.Fresh("acc"), query.Fresh("r"));
        return $"reduce({acc} = [], {r} IN coalesce({relationships}, []) | {acc} + coalesce({r}.sources, []))";
    }

    private static HashSet<string> Selected(IEnumerable<FieldSelection> parts) =>
        parts.SelectMany(p => p.Children).Select(c => c.FieldName).ToHashSet(StringComparer.Ordinal);

    private static void AddIf(List<string> entries, HashSet<string> selected, string field, Func<string> expression)
    {
        if (selected.Contains(field))
        {
            entries.Add($"{field}: {expression()}");
        }
    }
}
