namespace InnoGraph.Domain.Model;

/// <summary>
/// The relation types of the graph. Each is also a Neo4j relationship type, so this list is the
/// allowlist for types: nothing else is ever written into Cypher as a relationship type.
/// </summary>
public enum RelationType
{
    LocatedIn,
    PartOf,
    CoBuiltWith,
    ResponsibleFor,
    Runs,
    Administers,
    ParticipatesIn,
    CooperatesWith,
    Established,
    DesignatedAs,
    Approved,
    Funds,
    Supports,
    InvestsIn,
    MemberOf,
    Publishes,
    Measured,
}
