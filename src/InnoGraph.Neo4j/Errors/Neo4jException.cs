namespace InnoGraph.Neo4j.Errors;

/// <summary>
/// The root of every error the client raises: an error Neo4j reported, with its status code and message kept as the server
/// sent them, or one the client detected itself (<see cref="Neo4jUnavailableException"/>, code
/// <see cref="Neo4jErrorCodes.Unavailable"/>). Each type says through <see cref="IsRetriable"/> whether sending the same work
/// again may succeed; the resilience pipeline reads only that flag (and the kind of work) to decide on a retry.
/// </summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception from Neo4j's code and message.</summary>
    public Neo4jException(string code, string message, Exception? innerException = null)
        : base($"{code}: {message}", innerException)
    {
        Code = code;
        ServerMessage = message;
    }

    /// <summary>Creates the exception with a message of its own, keeping Neo4j's code and message.</summary>
    protected Neo4jException(string code, string serverMessage, string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; }

    /// <summary>Neo4j's message, unchanged.</summary>
    public string ServerMessage { get; }

    /// <summary>
    /// The results of the statements of the same request that completed before the failing one, in order; empty
    /// unless a multi-statement request of <see cref="Client.ICypherClient.RunAsync(IReadOnlyList{Client.CypherStatement}, Client.WorkKind, CancellationToken)"/>
    /// failed part-way. The transaction is rolled back all the same: these say what the statements read, not that
    /// anything was written. Callers that do not need them ignore them.
    /// </summary>
    public IReadOnlyList<Client.CypherResult> CompletedResults { get; private set; } = [];

    /// <summary>Records the results of the statements that completed before the failing one; returns this exception.</summary>
    public Neo4jException WithCompletedResults(IReadOnlyList<Client.CypherResult> completed)
    {
        CompletedResults = completed;
        return this;
    }

    /// <summary>
    /// True when sending the same work again may succeed; retry-safe work is then sent again (see
    /// <see cref="Resilience.Neo4jResilience"/>). False here; the transient and unavailable errors say true.
    /// </summary>
    public virtual bool IsRetriable => false;

    /// <summary>
    /// True for <c>Neo.TransientError.*</c>, Neo4j's own classification ("the database was busy"), used for messages. It is
    /// not the retry decision: an out-of-memory error is transient by code but fails again, so it is not retriable.
    /// </summary>
    public bool IsTransient => Code.StartsWith(Neo4jErrorCodes.TransientPrefix, StringComparison.Ordinal);

    /// <summary>
    /// Builds the most specific exception for an error entry; an OutOfMemoryError named by the code, the message or the
    /// stack trace (3.x reports it as <c>Neo.DatabaseError.General.UnknownError</c> "Java heap space") becomes
    /// <see cref="Neo4jOutOfMemoryException"/>.
    /// </summary>
    public static Neo4jException FromError(string code, string message, string? stackTrace) =>
        code == Neo4jErrorCodes.OutOfMemory || Neo4jOutOfMemoryException.Names(message) || Neo4jOutOfMemoryException.Names(stackTrace)
            ? new Neo4jOutOfMemoryException(code, message)
            : FromCode(code, message);

    /// <summary>Builds the most specific exception for a Neo4j status code.</summary>
    public static Neo4jException FromCode(string code, string message) => code switch
    {
        Neo4jErrorCodes.OutOfMemory => new Neo4jOutOfMemoryException(code, message),
        _ when code.StartsWith(Neo4jErrorCodes.SecurityPrefix, StringComparison.Ordinal) => new Neo4jAuthenticationException(code, message),
        Neo4jErrorCodes.SyntaxError => new Neo4jSyntaxException(code, message),
        Neo4jErrorCodes.ConstraintValidationFailed or Neo4jErrorCodes.ConstraintViolation => new Neo4jConstraintViolationException(code, message),
        _ when code.StartsWith(Neo4jErrorCodes.TransientPrefix, StringComparison.Ordinal) => new Neo4jTransientException(code, message),
        _ => new Neo4jException(code, message),
    };
}
