namespace InnoGraph.Neo4j.Client;

/// <summary>
/// Whether a unit of work may be sent again when its outcome is unknown. Reads and idempotent
/// writes (MERGE with the same values) are <see cref="RetrySafe"/>; anything else is not.
/// </summary>
public enum WorkKind
{
    /// <summary>Running it twice leaves the graph as running it once: retried on transient failures.</summary>
    RetrySafe,

    /// <summary>Never sent twice: a transient failure surfaces to the caller.</summary>
    NotRetrySafe,
}
