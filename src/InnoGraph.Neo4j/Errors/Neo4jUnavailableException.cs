namespace InnoGraph.Neo4j.Errors;

/// <summary>
/// Neo4j could not be reached or did not answer in time (connection refused, HTTP 5xx, timeout,
/// or the circuit breaker is open after repeated failures). Nothing is known to have been written.
/// </summary>
public sealed class Neo4jUnavailableException(Uri server, string reason, Exception? innerException = null)
    : Exception($"Neo4j at {server} is not available: {reason}. Check that it runs (innograph neo4j status) and that NEO4J_URI points at its HTTP port, then run the command again.", innerException)
{
    /// <summary>The server that did not answer.</summary>
    public Uri Server { get; } = server;

    /// <summary>Why, in a few words.</summary>
    public string Reason { get; } = reason;
}
