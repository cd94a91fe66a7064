namespace InnoGraph.Neo4j.Errors;

/// <summary>
/// Neo4j ran out of memory (its Java heap) for a request: the request failed and nothing of it was committed. Sending it
/// again fails again; a bigger heap or smaller requests help.
/// </summary>
public sealed class Neo4jOutOfMemoryException(string code, string serverMessage) : Neo4jException(
    code,
    serverMessage,
    "Neo4j ran out of memory (Java heap) for this request; nothing of it was written. Give Neo4j a bigger heap — for the local Neo4j " +
    "set INNOGRAPH_NEO4J_HEAP (e.g. 2g or 4g) and restart it (innograph neo4j stop, then start), elsewhere raise dbms.memory.heap.max_size — " +
    "or load in smaller batches.",
    innerException: null)
{
    /// <summary>False although Neo4j's code for it is transient: the same request needs the same memory and fails again.</summary>
    public override bool IsRetriable => false;

    /// <summary>True when a text from Neo4j (message, stack trace, body, log) names an OutOfMemoryError.</summary>
    public static bool Names(string? text) =>
        text is not null &&
        (text.Contains("OutOfMemoryError", StringComparison.Ordinal) ||
         text.Contains("Java heap space", StringComparison.Ordinal) ||
         text.Contains("GC overhead limit exceeded", StringComparison.Ordinal));
}
