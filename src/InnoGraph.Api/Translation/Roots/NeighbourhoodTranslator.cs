using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>
/// <c>neighbourhood(ids, depth, relationTypes, limit)</c>: the given entities, the nearest
/// <c>limit</c> entities within <c>depth</c> hops, and every relation among them.
/// </summary>
internal sealed class NeighbourhoodTranslator : IRootTranslator
{
    public string FieldName => "neighbourhood";

    public ReadPlan Translate(FieldSelection field)
    {
        var limits = Limits.Default;
        var ids = field.Strings("ids") ?? [];
        if (ids.Count == 0 || ids.Count > limits.MaxIds)
        {
            throw new TranslationException(ErrorCodes.InvalidArgument, $"'ids' must name between 1 and {limits.MaxIds} entities.");
        }

        var depth = Limits.Range(field.Int("depth"), 1, 1, limits.MaxDepth, "depth");
        var limit = Limits.Range(field.Int("limit"), 200, 0, limits.MaxNeighbourhoodNodes, "limit");
        var types = Allowlists.Types(field.Strings("relationTypes"), "relationTypes");
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var graph = new GraphProjection(query, field);
        var idList = query.Param(ids.Distinct().ToList());
        query.Line($"OPTIONAL MATCH (s:Entity) WHERE s.id IN {idList}");
        query.Line($"OPTIONAL MATCH (s)-[hops{types}*1..{depth}]-(m:Entity) WHERE NOT m.id IN {idList}");
        query.With("m, min(size(hops)) AS distance", $"ORDER BY distance, m.id LIMIT {query.Param(limit)}");
        query.With("collect(m) AS near");
        query.Line($"OPTIONAL MATCH (s:Entity) WHERE s.id IN {idList}");
        query.With("collect(s) + near AS ns");
        var n = query.Fresh("n");
        var o = query.Fresh("o");
        var r = query.Fresh("rel");
        query.Return(
            $"{{nodes: [{n} IN ns | {graph.Node(n)}], " +
            $"edges: [{n} IN ns | [({n})-[{r}{types}]->({o}:Entity) WHERE {o} IN ns | {graph.Edge(r)}]]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
