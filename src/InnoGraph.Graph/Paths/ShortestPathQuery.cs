using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Paths;

/// <summary>One shortest path between two entities, in either direction, as a graph.</summary>
public static class ShortestPathQuery
{
    /// <param name="from">An entity: id, name or alias.</param>
    /// <param name="to">An entity: id, name or alias.</param>
    /// <param name="maxLength">At most this many relations, 1 to <see cref="Limits.MaxPathLength"/>.</param>
    public static ReadPlan Plan(string from, string to, int? maxLength, FieldSelection selection)
    {
        var length = Limits.Range(maxLength, 6, 1, Limits.Default.MaxPathLength, "maxLength");
        var query = ReadStatement.Begin();
        var graph = new GraphProjection(query, selection);
        var start = EntityResolution.Resolve(query, "from", from, []);
        var end = EntityResolution.Resolve(query, "to", to, []);
        var (target, path) = (query.Variable("target"), query.Variable("path"));

        // shortestPath refuses a path from a node to itself, so that case never reaches it. The path keeps to
        // entities, never through the look-up key nodes; a node predicate, since Neo4j 3.1 on Java 17 fails on
        // a shortestPath with relationship types.
        query.With($"CASE WHEN {start} = {end} THEN null ELSE {end} END AS {target}");
        var n = query.Fresh("n");
        query.Line($"OPTIONAL MATCH {path} = shortestPath(({start})-[*..{length}]-({target})) WHERE ALL({n} IN nodes({path}) WHERE {n}:{EntityLabel})");
        var r = query.Fresh("rel");
        query.Return(
            $"CASE WHEN {start} IS NULL OR {end} IS NULL THEN null " +
            $"WHEN {start} = {end} THEN {{nodes: [{graph.Node(start)}], edges: []}} " +
            $"WHEN {path} IS NULL THEN {{nodes: [], edges: []}} " +
            $"ELSE {{nodes: [{n} IN nodes({path}) | {graph.Node(n)}], edges: [{r} IN relationships({path}) | {graph.Edge(r)}]}} END");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
