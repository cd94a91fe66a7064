using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary><c>shortestPath(from, to, maxLength)</c>: one shortest path in either direction, as a graph.</summary>
internal sealed class ShortestPathTranslator : IRootTranslator
{
    public string FieldName => "shortestPath";

    public ReadPlan Translate(FieldSelection field)
    {
        var length = Limits.Range(field.Int("maxLength"), 6, 1, Limits.Default.MaxPathLength, "maxLength");
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var graph = new GraphProjection(query, field);
        var from = EntityResolution.Resolve(query, "from", field.String("from") ?? "", []);
        var to = EntityResolution.Resolve(query, "to", field.String("to") ?? "", []);

        // shortestPath refuses a path from a node to itself, so that case never reaches it.
        query.With($"CASE WHEN {from} = {to} THEN null ELSE {to} END AS target");
        query.Line($"OPTIONAL MATCH path = shortestPath(({from})-[*..{length}]-(target))");
        var n = query.Fresh("n");
        var r = query.Fresh("rel");
        query.Return(
            $"CASE WHEN {from} IS NULL OR {to} IS NULL THEN null " +
            $"WHEN {from} = {to} THEN {{nodes: [{graph.Node(from)}], edges: []}} " +
            $"WHEN path IS NULL THEN {{nodes: [], edges: []}} " +
            $"ELSE {{nodes: [{n} IN nodes(path) | {graph.Node(n)}], edges: [{r} IN relationships(path) | {graph.Edge(r)}]}} END");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
