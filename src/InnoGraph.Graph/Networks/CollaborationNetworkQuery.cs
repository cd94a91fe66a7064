using InnoGraph.Domain.Model;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Networks;

/// <summary>Whose network, how far, and which kinds (none: <see cref="Collaboration.Partners"/>).</summary>
public sealed record CollaborationNetworkRequest(string City, int? Depth = null, IReadOnlyList<string>? Kinds = null);

/// <summary>
/// The bodies located in a city or any district, county or park of it, their partners by every
/// <see cref="Collaboration.Links"/> relation, and where each partner is. Depth 1 is the city's bodies and
/// their direct partners; each further depth adds the partners' other bodies and their partners (two
/// more links), never passing through a government or a region. Kinds outside the partners (a
/// designation, a programme, an indicator) widen the network with the nodes of those kinds joined to it.
/// </summary>
public static class CollaborationNetworkQuery
{
    public static ReadPlan Plan(CollaborationNetworkRequest request, FieldSelection selection)
    {
        var depth = Limits.Range(request.Depth, 1, 1, Limits.Default.MaxDepth, "depth");
        var kinds = request.Kinds is null ? null : Allowlists.Kinds(request.Kinds, "kinds").Select(k => EntityKinds.Find(k)!.Kind).ToList();
        var query = ReadStatement.Begin();
        var graph = new GraphProjection(query, selection);
        var collaboration = new CollaborationPattern(query, kinds);
        var place = EntityResolution.Resolve(query, "city", request.City, [EntityKind.Region]);
        var (i, h, party, x) = (query.Variable("i"), query.Variable("h"), query.Variable("party"), query.Variable("x"));
        var (located, walk, home, joined) = (query.Variable("located"), query.Variable("walk"), query.Variable("home"), query.Variable("joined"));
        var (placed, hosts, reached, paths, members, b) = (query.Variable("placed"), query.Variable("hosts"), query.Variable("reached"), query.Variable("paths"), query.Variable("members"), query.Variable("b"));
        var locatedIn = Type(RelationType.LocatedIn);
        query.Line($"OPTIONAL MATCH {located} = ({i}:{EntityLabel})-[:{locatedIn}*1..2]->(:{EntityLabel})-[:{Type(RelationType.PartOf)}*0..3]->({place}) WHERE {collaboration.IsHost(i.Name)}");
        query.With($"collect({located}) AS {placed}, collect(DISTINCT {i}) AS {hosts}");
        query.Line($"UNWIND CASE WHEN size({hosts}) = 0 THEN [null] ELSE {hosts} END AS {h}");
        query.Line($"OPTIONAL MATCH {walk} = ({h})-[:{collaboration.Types}*1..{(2 * depth) - 1}]-({party}:{EntityLabel}) WHERE {collaboration.IsWalk(walk)}");
        query.Line($"OPTIONAL MATCH {home} = ({party})-[:{locatedIn}]->(:{Label(EntityKind.Region)})");
        query.With($"{placed} + collect({walk}) + collect({home}) AS {paths}");
        var extra = kinds?.Where(k => !Collaboration.Partners.Contains(k)).ToList() ?? [];
        if (extra.Count > 0)
        {
            var (p, acc) = (query.Fresh("p"), query.Fresh("acc"));
            query.With($"{paths}, reduce({acc} = [], {p} IN {paths} | {acc} + nodes({p})) AS {members}");
            query.Line($"UNWIND CASE WHEN size({members}) = 0 THEN [null] ELSE {members} END AS {b}");
            query.Line($"OPTIONAL MATCH {joined} = ({b})--({x}:{EntityLabel}) WHERE {collaboration.IsPartner(b.Name)} AND {x}.kind IN {query.Param(Kinds(extra))}");
            query.With($"{paths}, collect({joined}) AS {reached}");
            query.With($"{paths} + {reached} AS {members}");
            return GraphPaths.Return(query, graph, members);
        }

        return GraphPaths.Return(query, graph, paths);
    }
}
