using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using static InnoGraph.Graph.Cypher.CypherNames;

namespace InnoGraph.Graph.Networks;

/// <summary>
/// <see cref="Collaboration"/> in Cypher: which relationships count as collaboration, which nodes are
/// partners, and walks that do not pass through terminal partners. Every kind and type is a parameter or
/// comes from the catalogue.
/// </summary>
internal sealed class CollaborationPattern
{
    private readonly CypherQuery _query;
    private readonly string _partners;
    private readonly string _notTypes;

    /// <param name="kinds">The partner kinds asked for; none means <see cref="Collaboration.Partners"/>.</param>
    public CollaborationPattern(CypherQuery query, IReadOnlyList<EntityKind>? kinds = null)
    {
        _query = query;
        PartnerKinds = kinds is null ? Collaboration.Partners : [.. Collaboration.Partners.Where(kinds.Contains)];
        HostKinds = kinds is null ? Collaboration.Hosts : [.. Collaboration.Hosts.Where(kinds.Contains)];
        _partners = query.Param(Kinds(PartnerKinds));
        _notTypes = query.Param(Collaboration.NotPartnerTypes.ToList());
    }

    public IReadOnlyList<EntityKind> PartnerKinds { get; }

    public IReadOnlyList<EntityKind> HostKinds { get; }

    /// <summary>The relationship types of every collaboration link, e.g. <c>CO_BUILT_WITH|PART_OF</c>.</summary>
    public string Types => string.Join("|", Collaboration.Links.Select(l => Type(l.Type)).Distinct());

    /// <summary>A node that may be a host of the network.</summary>
    public string IsHost(string node) => $"{node}.kind IN {_query.Param(Kinds(HostKinds))} AND NOT coalesce({node}.type, '') IN {_notTypes}";

    /// <summary>A node that may be a partner in the network.</summary>
    public string IsPartner(string node) => $"{node}.kind IN {_partners} AND NOT coalesce({node}.type, '') IN {_notTypes}";

    /// <summary>A relationship that is one of the <see cref="Collaboration.Links"/>.</summary>
    public string IsLink(string relationship)
    {
        var (start, end) = ($"startNode({relationship}).kind", $"endNode({relationship}).kind");
        var terms = Collaboration.Links.Select(link =>
        {
            var forward = Ends(start, link.From, end, link.To);
            var either = link.EitherWay ? $" OR {Ends(start, link.To, end, link.From)}" : "";
            return $"(type({relationship}) = '{Type(link.Type)}' AND ({forward}{either}))";
        });
        return $"({string.Join(" OR ", terms)})";
    }

    /// <summary>A path whose every node is a partner, every relationship a link, and whose inner nodes are not terminal.</summary>
    public string IsWalk(CypherVariable path)
    {
        var (n, r, inner) = (_query.Fresh("n"), _query.Fresh("r"), _query.Fresh("n"));
        return $"ALL({n} IN nodes({path}) WHERE {IsPartner(n.Name)}) AND ALL({r} IN relationships({path}) WHERE {IsLink(r.Name)}) " +
            $"AND NONE({inner} IN nodes({path})[1..length({path})] WHERE {inner}.kind IN {_query.Param(Kinds(Collaboration.Terminal))})";
    }

    private string Ends(string start, IReadOnlyList<EntityKind> from, string end, IReadOnlyList<EntityKind> to)
    {
        var parts = new List<string>();
        if (from.Count > 0)
        {
            parts.Add($"{start} IN {_query.Param(Kinds(from))}");
        }

        if (to.Count > 0)
        {
            parts.Add($"{end} IN {_query.Param(Kinds(to))}");
        }

        return parts.Count == 0 ? "true" : string.Join(" AND ", parts);
    }
}
