using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>
/// <c>responsibilityNetwork(plan)</c>: units joined when they are responsible for the same task;
/// the weight is the number of shared tasks, <c>via</c> lists them.
/// </summary>
internal sealed class ResponsibilityNetworkTranslator : IRootTranslator
{
    public string FieldName => "responsibilityNetwork";

    public ReadPlan Translate(FieldSelection field)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var graph = new GraphProjection(query, field);
        if (field.String("plan") is { } planName)
        {
            var plan = EntityResolution.Resolve(query, "plan", planName, ["Plan"]);
            query.Line($"OPTIONAL MATCH (t:Task)-[:PART_OF*1..2]->({plan}), (u1:Entity)-[:RESPONSIBLE_FOR]->(t)<-[:RESPONSIBLE_FOR]-(u2:Entity) WHERE u1.id < u2.id");
        }
        else
        {
            query.Line("OPTIONAL MATCH (u1:Entity)-[:RESPONSIBLE_FOR]->(t:Task)<-[:RESPONSIBLE_FOR]-(u2:Entity) WHERE u1.id < u2.id");
        }

        query.With("u1, u2, collect(DISTINCT t) AS ts");
        query.With("collect(CASE WHEN u1 IS NULL THEN null ELSE {a: u1, b: u2, ts: ts} END) AS pairs");
        var pair = query.Fresh("pair");
        var edge = graph.DerivedEdge($"{pair}.a", $"{pair}.b", "SHARES_TASKS", $"size({pair}.ts)", $"{pair}.ts", $"{{tasks: [x IN {pair}.ts | x.id]}}");
        query.Return(
            $"{{nodes: [{pair} IN pairs | [{Node(graph, $"{pair}.a")}, {Node(graph, $"{pair}.b")}]], " +
            $"edges: [{pair} IN pairs | {edge}]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }

    private static string Node(GraphProjection graph, string expression) => graph.Node(expression);
}
