namespace InnoGraph.Domain.Model;

/// <summary>
/// The kinds of entity the graph holds. Each kind is also a Neo4j label, so this list is the
/// allowlist for labels: nothing else is ever written into Cypher as a label.
/// </summary>
public enum EntityKind
{
    Document,
    Region,
    University,
    Academy,
    Institute,
    Laboratory,
    RdCentre,
    Enterprise,
    GovernmentBody,
    Organisation,
    Park,
    Platform,
    Fund,
    Programme,
    Plan,
    Action,
    Policy,
    Designation,
    Task,
    Indicator,
}
