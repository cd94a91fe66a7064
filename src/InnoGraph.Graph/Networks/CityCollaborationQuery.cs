using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Networks;

/// <summary>
/// City-to-city links: a body located in one city collaborates (any of <see cref="Collaboration.Links"/>)
/// with a partner at home in another, or with that city itself. Places roll up to their prefecture-level
/// city; a home that has none (a province-level municipality, a foreign place) stands for itself. A link
/// joins two cities once: it starts at the city asked for, or else at the city with the smaller id. Its
/// weight is the number of distinct bodies behind it, <c>via</c> lists them, and its sources are those of
/// every fact it rests on: where each body is, the collaboration, and the regions those places roll up into.
/// </summary>
public static class CityCollaborationQuery
{
    /// <param name="city">Only links of this city (id, name or alias); none means every link.</param>
    public static ReadPlan Plan(string? city, FieldSelection selection)
    {
        var query = ReadStatement.Begin();
        var graph = new GraphProjection(query, selection);
        var collaboration = new CollaborationPattern(query);
        CypherVariable? only = city is null ? null : EntityResolution.Resolve(query, "city", city, [EntityKind.Region]);
        var (locatedIn, partOf, region) = (Type(RelationType.LocatedIn), Type(RelationType.PartOf), Label(EntityKind.Region));
        var (i, r, party, home, h) = (query.Variable("i"), query.Variable("r"), query.Variable("party"), query.Variable("home"), query.Variable("h"));
        var (ca, cb, hc, ends) = (query.Variable("ca"), query.Variable("cb"), query.Variable("hc"), query.Variable("ends"));
        var (placed, homed, rolled, facts) = (query.Variable("placed"), query.Variable("homed"), query.Variable("rolled"), query.Variable("facts"));
        var (bodies, linkFacts, links) = (query.Variable("bodies"), query.Variable("linkFacts"), query.Variable("links"));
        query.Line($"OPTIONAL MATCH {placed} = ({i}:{EntityLabel})-[:{locatedIn}*1..2]->(:{EntityLabel})-[:{partOf}*0..3]->({ca}:{region}) WHERE {collaboration.IsHost(i.Name)} AND {ca}.level = 'city'");
        query.Line($"OPTIONAL MATCH ({i})-[{r}:{collaboration.Types}]-({party}:{EntityLabel}) WHERE {collaboration.IsLink(r.Name)} AND {collaboration.IsPartner(party.Name)}");
        query.Line($"OPTIONAL MATCH {homed} = ({party})-[:{locatedIn}*1..2]->({home}:{region})");
        query.With($"{ca}, {i}, {r}, {party}, {placed}, {homed}, CASE WHEN {party}.kind = '{Label(EntityKind.Region)}' THEN {party} ELSE {home} END AS {h}");
        query.Line($"OPTIONAL MATCH {rolled} = ({h})-[:{partOf}*0..3]->({hc}:{region}) WHERE {hc}.level = 'city'");
        var rowFacts = graph.LocatorsOf($"coalesce(relationships({placed}), []) + [{r}] + coalesce(relationships({homed}), []) + coalesce(relationships({rolled}), [])");
        query.With($"{ca}, {i}, {party}, coalesce({hc}, {h}) AS {cb}, {rowFacts} AS {facts}");
        var flip = only is { } c ? $"{cb} = {c}" : $"{cb}.id < {ca}.id";
        var keep = only is { } o ? $" OR NOT ({ca} = {o} OR {cb} = {o})" : "";
        query.With($"{i}, {party}, {facts}, CASE WHEN {ca} IS NULL OR {cb} IS NULL OR {ca} = {cb}{keep} THEN null WHEN {flip} THEN [{cb}, {ca}] ELSE [{ca}, {cb}] END AS {ends}");
        var (x, seen) = (query.Fresh("x"), query.Fresh("seen"));
        var distinctBodies = $"reduce({seen} = [], {x} IN collect({i}) + collect({party}) | CASE WHEN {x} IN {seen} OR {x}.kind = '{Label(EntityKind.Region)}' THEN {seen} ELSE {seen} + {x} END)";
        query.With($"{ends}, {distinctBodies} AS {bodies}, {graph.DistinctLocators($"collect({facts})")} AS {linkFacts}");
        query.With($"collect(CASE WHEN {ends} IS NULL THEN null ELSE {{a: {ends}[0], b: {ends}[1], bodies: {bodies}, facts: {linkFacts}}} END) AS {links}");
        var link = query.Fresh("link");
        var edge = graph.DerivedEdge(
            $"{link}.a",
            $"{link}.b",
            "COLLABORATES_WITH",
            $"size({link}.bodies)",
            $"{link}.bodies",
            $"{{bodies: [y IN {link}.bodies | y.id]}}",
            $"{link}.facts");
        query.Return(
            $"{{nodes: [{link} IN {links} | [{graph.Node($"{link}.a")}, {graph.Node($"{link}.b")}]], " +
            $"edges: [{link} IN {links} | {edge}]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
