using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Networks;

/// <summary>
/// City-to-city links implied by institutes in one city co-built with parties at home in another;
/// weight = number of institutes, <c>via</c> lists them. Links point from the institute's city to
/// the party's (institutes co-build outwards: (inst)-[:CO_BUILT_WITH]->(party)). Places roll up to
/// their prefecture-level city; a party's home that has none (a province-level municipality, a
/// foreign place) stands for itself. A link's sources are those of every fact it rests on: where each
/// institute is, what it co-built, where that party is, and the regions those places roll up into.
/// </summary>
public static class CityCollaborationQuery
{
    /// <param name="city">Only links of this city (id, name or alias); none means every link.</param>
    public static ReadPlan Plan(string? city, FieldSelection selection)
    {
        var query = ReadStatement.Begin();
        var graph = new GraphProjection(query, selection);
        CypherVariable? only = city is null ? null : EntityResolution.Resolve(query, "city", city, [EntityKind.Region]);
        var (locatedIn, partOf, region) = (Type(RelationType.LocatedIn), Type(RelationType.PartOf), Label(EntityKind.Region));
        var (i, party, home) = (query.Variable("i"), query.Variable("party"), query.Variable("h"));
        var (ca, cb, hc) = (query.Variable("ca"), query.Variable("cb"), query.Variable("hc"));
        var (insts, parties, links) = (query.Variable("insts"), query.Variable("parties"), query.Variable("links"));
        var (placed, built, rolled) = (query.Variable("placed"), query.Variable("built"), query.Variable("rolled"));
        var (facts, linkFacts) = (query.Variable("facts"), query.Variable("linkFacts"));
        query.Line($"OPTIONAL MATCH {placed} = ({i}:{EntityLabel})-[:{locatedIn}*1..2]->(:{region})-[:{partOf}*0..3]->({ca}:{region}) WHERE {i}.kind IN {query.Param(Kinds(CollaborationKinds.Hosts))} AND {ca}.level = 'city'");
        query.Line($"OPTIONAL MATCH {built} = ({i})-[:{Type(RelationType.CoBuiltWith)}]->({party}:{EntityLabel})-[:{locatedIn}]->({home}:{region})");
        query.Line($"OPTIONAL MATCH {rolled} = ({home})-[:{partOf}*0..3]->({hc}:{region}) WHERE {hc}.level = 'city'");
        var rowFacts = graph.LocatorsOf($"coalesce(relationships({placed}), []) + coalesce(relationships({built}), []) + coalesce(relationships({rolled}), [])");
        query.With($"{ca}, {i}, {party}, coalesce({hc}, {home}) AS {cb}, {rowFacts} AS {facts}");
        query.With($"{ca}, {cb}, collect(DISTINCT {i}) AS {insts}, collect(DISTINCT {party}) AS {parties}, {graph.DistinctLocators($"collect({facts})")} AS {linkFacts}");
        var keep = only is { } c ? $" OR NOT ({ca} = {c} OR {cb} = {c})" : "";
        query.With($"collect(CASE WHEN {ca} IS NULL OR {cb} IS NULL OR {ca} = {cb}{keep} THEN null ELSE {{a: {ca}, b: {cb}, insts: {insts}, parties: {parties}, facts: {linkFacts}}} END) AS {links}");
        var link = query.Fresh("link");
        var edge = graph.DerivedEdge(
            $"{link}.a",
            $"{link}.b",
            "COLLABORATES_WITH",
            $"size({link}.insts)",
            $"{link}.insts",
            $"{{institutes: [x IN {link}.insts | x.id], parties: [x IN {link}.parties | x.id]}}",
            $"{link}.facts");
        query.Return(
            $"{{nodes: [{link} IN {links} | [{graph.Node($"{link}.a")}, {graph.Node($"{link}.b")}]], " +
            $"edges: [{link} IN {links} | {edge}]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
