using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Graph.Networks;

/// <summary>Ends a statement that gathered a list of paths: their nodes and relationships as a graph.</summary>
internal static class GraphPaths
{
    public static ReadPlan Return(CypherQuery query, GraphProjection graph, CypherVariable paths)
    {
        var path = query.Fresh("path");
        var n = query.Fresh("n");
        var r = query.Fresh("rel");
        query.Return(
            $"{{nodes: [{path} IN {paths} | [{n} IN nodes({path}) | {graph.Node(n)}]], " +
            $"edges: [{path} IN {paths} | [{r} IN relationships({path}) | {graph.Edge(r)}]]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
