using InnoGraph.Domain.Model;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Networks;

/// <summary>
/// Institutes and platforms located in a city or any district or county of it (directly or through
/// a park), the parties that co-built them (up to <c>depth</c> co-building hops) and where those
/// parties are.
/// </summary>
public static class CollaborationNetworkQuery
{
    /// <param name="city">The city: id, name or alias.</param>
    /// <param name="depth">Co-building hops from the city's institutes, 1 to <see cref="Limits.MaxDepth"/>.</param>
    public static ReadPlan Plan(string city, int? depth, FieldSelection selection)
    {
        var hops = Limits.Range(depth, 1, 1, Limits.Default.MaxDepth, "depth");
        var query = ReadStatement.Begin();
        var graph = new GraphProjection(query, selection);
        var place = EntityResolution.Resolve(query, "city", city, [EntityKind.Region]);
        var locatedIn = Type(RelationType.LocatedIn);
        var (i, party, paths) = (query.Variable("i"), query.Variable("party"), query.Variable("paths"));
        var (located, built, home) = (query.Variable("located"), query.Variable("built"), query.Variable("home"));
        query.Line($"OPTIONAL MATCH {located} = ({i}:{EntityLabel})-[:{locatedIn}*1..2]->(:{EntityLabel})-[:{Type(RelationType.PartOf)}*0..3]->({place}) WHERE {i}.kind IN {query.Param(Kinds(CollaborationKinds.Hosts))}");
        query.Line($"OPTIONAL MATCH {built} = ({i})-[:{Type(RelationType.CoBuiltWith)}*1..{hops}]-({party}:{EntityLabel})");
        query.Line($"OPTIONAL MATCH {home} = ({party})-[:{locatedIn}]->(:{Label(EntityKind.Region)})");
        query.With($"collect({located}) + collect({built}) + collect({home}) AS {paths}");
        return GraphPaths.Return(query, graph, paths);
    }
}
