using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.Translation.Roots;

/// <summary>
/// <c>cityCollaboration(city)</c>: city-to-city links implied by institutes in one city co-built
/// with parties at home in another; weight = number of institutes, <c>via</c> lists them.
/// Links point from the institute's city to the party's (institutes co-build outwards: (inst)-[:CO_BUILT_WITH]->(party)).
/// Places roll up to their prefecture-level city; a party's home that has none (a province-level
/// municipality, a foreign place) stands for itself.
/// </summary>
internal sealed class CityCollaborationTranslator : IRootTranslator
{
    public string FieldName => "cityCollaboration";

    public ReadPlan Translate(FieldSelection field)
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        var graph = new GraphProjection(query, field);
        var city = field.String("city") is { } name ? EntityResolution.Resolve(query, "city", name, ["Region"]) : null;
        query.Line($"OPTIONAL MATCH (i:Entity)-[:LOCATED_IN*1..2]->(:Region)-[:PART_OF*0..3]->(ca:Region) WHERE i.kind IN {query.Param(CollaborationKinds.Hosts)} AND ca.level = 'city'");
        query.Line("OPTIONAL MATCH (i)-[:CO_BUILT_WITH]->(party:Entity)-[:LOCATED_IN]->(h:Region)");
        query.Line("OPTIONAL MATCH (h)-[:PART_OF*0..3]->(hc:Region) WHERE hc.level = 'city'");
        query.With("ca, i, party, coalesce(hc, h) AS cb");
        query.With("ca, cb, collect(DISTINCT i) AS insts, collect(DISTINCT party) AS parties");
        var keep = city is null ? "" : $" OR NOT (ca = {city} OR cb = {city})";
        query.With($"collect(CASE WHEN ca IS NULL OR cb IS NULL OR ca = cb{keep} THEN null ELSE {{a: ca, b: cb, insts: insts, parties: parties}} END) AS links");
        var link = query.Fresh("link");
        var edge = graph.DerivedEdge(
            $"{link}.a",
            $"{link}.b",
            "COLLABORATES_WITH",
            $"size({link}.insts)",
            $"{link}.insts",
            $"{{institutes: [x IN {link}.insts | x.id], parties: [x IN {link}.parties | x.id]}}");
        query.Return(
            $"{{nodes: [{link} IN links | [{graph.Node($"{link}.a")}, {graph.Node($"{link}.b")}]], " +
            $"edges: [{link} IN links | {edge}]}}");
        return new ReadPlan(query.Build(), GraphReshape.Apply);
    }
}
