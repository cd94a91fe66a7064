namespace InnoGraph.Neo4j.Errors;

/// <summary>
/// Neo4j could not be reached or did not answer in time (connection refused, HTTP 5xx, timeout,
/// or the circuit breaker is open after repeated failures). Nothing is known to have been written.
/// Raised by the client, not by Neo4j: <see cref="Neo4jException.Code"/> is <see cref="Neo4jErrorCodes.Unavailable"/>
/// (or <see cref="Neo4jErrorCodes.CircuitOpen"/>) and <see cref="Neo4jException.ServerMessage"/> is the reason.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    /// <summary>Neo4j at <paramref name="server"/> did not answer, for <paramref name="reason"/>.</summary>
    public Neo4jUnavailableException(Uri server, string reason, Exception? innerException = null)
        : this(Neo4jErrorCodes.Unavailable, server, reason, innerException)
    {
    }

    private Neo4jUnavailableException(string code, Uri server, string reason, Exception? innerException)
        : base(
            code,
            reason,
            $"Neo4j at {server} is not available: {reason}. Check that it runs (innograph neo4j status) and that NEO4J_URI points at its HTTP port, then run the command again.",
            innerException)
    {
        Server = server;
        Reason = reason;
    }

    /// <summary>The server that did not answer.</summary>
    public Uri Server { get; }

    /// <summary>Why, in a few words.</summary>
    public string Reason { get; }

    /// <summary>
    /// True unless the circuit is open: an unreachable server may be back for the next attempt, but an open circuit
    /// means "stop sending for a while", which a retry would defeat.
    /// </summary>
    public override bool IsRetriable => Code != Neo4jErrorCodes.CircuitOpen;

    /// <summary>The circuit breaker is open after repeated failures; nothing was sent.</summary>
    public static Neo4jUnavailableException CircuitOpen(Uri server, Exception innerException) =>
        new(Neo4jErrorCodes.CircuitOpen, server, "too many recent failures; requests are paused for a few seconds", innerException);
}
