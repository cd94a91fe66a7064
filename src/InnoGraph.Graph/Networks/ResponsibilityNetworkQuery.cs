using InnoGraph.Domain.Model;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Networks;

/// <summary>
/// Units joined when they are responsible for the same task; weight = shared tasks, <c>via</c> lists them,
/// and the sources are those of both units' responsibilities for them.
/// </summary>
public static class ResponsibilityNetworkQuery
{
    /// <param name="plan">Only tasks of this plan (id, name or alias); none means every task.</param>
    public static ReadPlan Plan(string? plan, FieldSelection selection)
    {
        var query = ReadStatement.Begin();
        var graph = new GraphProjection(query, selection);
        var (u1, u2, t) = (query.Variable("u1"), query.Variable("u2"), query.Variable("t"));
        var (ts, pairs, facts) = (query.Variable("ts"), query.Variable("pairs"), query.Variable("facts"));
        var (r1, r2) = (query.Variable("r1"), query.Variable("r2"));
        var (responsible, task) = (Type(RelationType.ResponsibleFor), Label(EntityKind.Task));
        string Shared(string taskNode) => $"({u1}:{EntityLabel})-[{r1}:{responsible}]->{taskNode}<-[{r2}:{responsible}]-({u2}:{EntityLabel}) WHERE {u1}.id < {u2}.id";
        if (plan is not null)
        {
            var resolved = EntityResolution.Resolve(query, "plan", plan, [EntityKind.Plan]);
            query.Line($"OPTIONAL MATCH ({t}:{task})-[:{Type(RelationType.PartOf)}*1..2]->({resolved}), {Shared($"({t})")}");
        }
        else
        {
            query.Line($"OPTIONAL MATCH {Shared($"({t}:{task})")}");
        }

        query.With($"{u1}, {u2}, collect(DISTINCT {t}) AS {ts}, collect({graph.LocatorsOf($"[{r1}, {r2}]")}) AS {facts}");
        query.With($"collect(CASE WHEN {u1} IS NULL THEN null ELSE {{a: {u1}, b: {u2}, ts: {ts}, facts: {graph.DistinctLocators(facts.Name)}}} END) AS {pairs}");
        var pair = query.Fresh("pair");
        var edge = graph.DerivedEdge($"{pair}.a", $"{pair}.b", "SHARES_TASKS", $"size({pair}.ts)", $"{pair}.ts", $"{{tasks: [x IN {pair}.ts | x.id]}}", $"{pair}.facts");
        query.Return(
            $"{{nodes: [{pair} IN {pairs} | [{graph.Node($"{pair}.a")}, {graph.Node($"{pair}.b")}]], " +
            $"edges: [{pair} IN {pairs} | {edge}]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
