using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// The <c>Graph</c> shape graph libraries take as is: nodes <c>{id kind label properties}</c> and
/// edges <c>{id source target type properties}</c>. Provenance is projected only when selected.
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
        return $"{{id: {node}.id, kind: {node}.kind, label: {node}.name, properties: properties({node}){sources}}}";
    }

    public string Edge(CypherVariable relationship)
    {
        var sources = _edgeSources ? $", sources: {Provenance.Of(query, $"{relationship}.sources")}" : "";
        return $"{{id: coalesce({relationship}.id, toString(id({relationship}))), source: startNode({relationship}).id, target: endNode({relationship}).id, type: type({relationship}), properties: properties({relationship}){sources}}}";
    }

    /// <summary>A derived edge (not stored): its weight and the entities behind it.</summary>
    public string DerivedEdge(string source, string target, string type, string weight, string via, string properties)
    {
        var v = query.Fresh("v");
        var sources = _edgeSources ? ", sources: []" : "";
        return $"{{id: {source}.id + '|{type}|' + {target}.id, source: {source}.id, target: {target}.id, type: '{type}', weight: {weight}, properties: {properties}, via: [{v} IN {via} | {Node(v)}]{sources}}}";
    }
}
