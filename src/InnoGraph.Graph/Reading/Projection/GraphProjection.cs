using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// The <c>Graph</c> shape graph libraries take as is: nodes <c>{id kind label nameEn aliases properties}</c> and
/// edges <c>{id source target type properties}</c>. Provenance is projected only when selected; a derived
/// edge's provenance is the union of the locators of the facts it is derived from.
/// </summary>
public sealed class GraphProjection(CypherQuery query, FieldSelection graph)
{
    private readonly bool _nodeSources = graph.ChildrenNamed("nodes").Any(n => n.Selects("sources"))
        || graph.ChildrenNamed("edges").Any(e => e.ChildrenNamed("via").Any(v => v.Selects("sources")));

    private readonly bool _edgeSources = graph.ChildrenNamed("edges").Any(e => e.Selects("sources"));

    public string Node(CypherVariable node) => Node(node.Name);

    /// <summary>A node from an expression (e.g. <c>pair.a</c>).</summary>
    public string Node(string node)
    {
        var sources = _nodeSources ? $", sources: {Provenance.Of(query, $"{node}.sources")}" : "";
        return $"{{id: {node}.id, kind: {node}.kind, label: {node}.name, nameEn: {node}.nameEn, aliases: {EntityProjection.Aliases(query, node)}, properties: properties({node}){sources}}}";
    }

    public string Edge(CypherVariable relationship)
    {
        var sources = _edgeSources ? $", sources: {Provenance.Of(query, $"{relationship}.sources")}" : "";
        return $"{{id: coalesce({relationship}.id, toString(id({relationship}))), source: startNode({relationship}).id, target: endNode({relationship}).id, type: type({relationship}), properties: properties({relationship}){sources}}}";
    }

    /// <summary>
    /// A derived edge (not stored): its weight, the entities behind it, and as its sources the locators
    /// (<paramref name="locators"/>, a list of strings) of the stored facts it rests on.
    /// </summary>
    public string DerivedEdge(string source, string target, string type, string weight, string via, string properties, string locators)
    {
        var v = query.Fresh("v");
        var sources = _edgeSources ? $", sources: {Provenance.Of(query, locators)}" : "";
        return $"{{id: {source}.id + '|{type}|' + {target}.id, source: {source}.id, target: {target}.id, type: '{type}', weight: {weight}, properties: {properties}, via: [{v} IN {via} | {Node(v)}]{sources}}}";
    }

    /// <summary>
    /// The locators of a list of locator lists (one per fact row), flattened, each once, in first-seen order.
    /// </summary>
    public string DistinctLocators(string lists)
    {
        var (all, list, seen, l) = (query.Fresh("all"), query.Fresh("list"), query.Fresh("seen"), query.Fresh("l"));
        return $"reduce({seen} = [], {l} IN reduce({all} = [], {list} IN {lists} | {all} + coalesce({list}, [])) | CASE WHEN {l} IN {seen} THEN {seen} ELSE {seen} + {l} END)";
    }

    /// <summary>The locators of every relationship in a list of relationships (which may be null).</summary>
    public string LocatorsOf(string relationships)
    {
        var (acc, r) = (query.Fresh("acc"), query.Fresh("r"));
        return $"reduce({acc} = [], {r} IN coalesce({relationships}, []) | {acc} + coalesce({r}.sources, []))";
    }
}
