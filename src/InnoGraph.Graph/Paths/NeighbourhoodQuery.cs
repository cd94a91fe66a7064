using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Paths;

/// <summary>Around which entities, how far, along which relation types and how many at most.</summary>
public sealed record NeighbourhoodRequest(IReadOnlyList<string> Ids, int? Depth = null, IReadOnlyList<string>? RelationTypes = null, int? Limit = null);

/// <summary>The given entities, the nearest <c>limit</c> others within <c>depth</c> hops, and every relation among them.</summary>
public static class NeighbourhoodQuery
{
    public static ReadPlan Plan(NeighbourhoodRequest request, FieldSelection selection)
    {
        var limits = Limits.Default;
        if (request.Ids.Count == 0 || request.Ids.Count > limits.MaxIds)
        {
            throw new TranslationException(RefusalCodes.InvalidArgument, $"'ids' must name between 1 and {limits.MaxIds} entities.");
        }

        var depth = Limits.Range(request.Depth, 1, 1, limits.MaxDepth, "depth");
        var limit = Limits.Range(request.Limit, 200, 0, limits.MaxNeighbourhoodNodes, "limit");
        var types = Allowlists.TypesOrAll(request.RelationTypes, "relationTypes");
        var query = ReadStatement.Begin();
        var graph = new GraphProjection(query, selection);
        var (s, m, hops) = (query.Variable("s"), query.Variable("m"), query.Variable("hops"));
        var (distance, near, ns) = (query.Variable("distance"), query.Variable("near"), query.Variable("ns"));
        var idList = query.Param(request.Ids.Distinct().ToList());
        query.Line($"OPTIONAL MATCH ({s}:{EntityLabel}) WHERE {s}.id IN {idList}");
        query.Line($"OPTIONAL MATCH ({s})-[{hops}{types}*1..{depth}]-({m}:{EntityLabel}) WHERE NOT {m}.id IN {idList}");
        query.With($"{m}, min(size({hops})) AS {distance}", $"ORDER BY {distance}, {m}.id LIMIT {query.Param(limit)}");
        query.With($"collect({m}) AS {near}");
        query.Line($"OPTIONAL MATCH ({s}:{EntityLabel}) WHERE {s}.id IN {idList}");
        query.With($"collect({s}) + {near} AS {ns}");
        var n = query.Fresh("n");
        var o = query.Fresh("o");
        var r = query.Fresh("rel");
        query.Return(
            $"{{nodes: [{n} IN {ns} | {graph.Node(n)}], " +
            $"edges: [{n} IN {ns} | [({n})-[{r}{types}]->({o}:{EntityLabel}) WHERE {o} IN {ns} | {graph.Edge(r)}]]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
