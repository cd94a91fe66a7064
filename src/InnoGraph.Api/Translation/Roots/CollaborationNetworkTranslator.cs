using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>
/// <c>collaborationNetwork(city, depth)</c>: institutes and platforms located in the city or any
/// district or county of it (directly or through a park), the parties that co-built them (up to
/// <c>depth</c> co-building hops) and where those parties are.
/// </summary>
internal sealed class CollaborationNetworkTranslator : IRootTranslator
{
    public string FieldName => "collaborationNetwork";

    public ReadPlan Translate(FieldSelection field)
    {
        var depth = Limits.Range(field.Int("depth"), 1, 1, Limits.Default.MaxDepth, "depth");
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var graph = new GraphProjection(query, field);
        var city = EntityResolution.Resolve(query, "city", field.String("city") ?? "", ["Region"]);
        query.Line($"OPTIONAL MATCH located = (i:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->({city}) WHERE i.kind IN {query.Param(CollaborationKinds.Hosts)}");
        query.Line($"OPTIONAL MATCH built = (i)-[:CO_BUILT_WITH*1..{depth}]-(party:Entity)");
        query.Line("OPTIONAL MATCH home = (party)-[:LOCATED_IN]->(:Region)");
        query.With("collect(located) + collect(built) + collect(home) AS paths");
        var path = query.Fresh("path");
        var n = query.Fresh("n");
        var r = query.Fresh("rel");
        query.Return(
            $"{{nodes: [{path} IN paths | [{n} IN nodes({path}) | {graph.Node(n)}]], " +
            $"edges: [{path} IN paths | [{r} IN relationships({path}) | {graph.Edge(r)}]]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
