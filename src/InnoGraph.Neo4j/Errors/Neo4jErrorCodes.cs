namespace InnoGraph.Neo4j.Errors;

/// <summary>Neo4j status codes InnoGraph treats specially. The full list is Neo4j's; these are the ones code depends on.</summary>
public static class Neo4jErrorCodes
{
    /// <summary>Prefix of every transient error: the same work may succeed when sent again.</summary>
    public const string TransientPrefix = "Neo.TransientError.";

    /// <summary>Prefix of security errors: authentication and authorisation.</summary>
    public const string SecurityPrefix = "Neo.ClientError.Security.";
    /// <summary>No or wrong credentials.</summary>
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    /// <summary>The Cypher text is not valid.</summary>
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    /// <summary>An arithmetic error in a statement, e.g. an integer division by zero ("/ by zero").</summary>
    public const string ArithmeticError = "Neo.ClientError.Statement.ArithmeticError";
    /// <summary>A write broke a schema constraint (3.x and later).</summary>
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    /// <summary>A write broke a schema constraint (older spelling).</summary>
    public const string ConstraintViolation = "Neo.ClientError.Schema.ConstraintViolation";
    /// <summary>The transaction no longer exists (expired, rolled back or committed).</summary>
    public const string TransactionNotFound = "Neo.ClientError.Transaction.TransactionNotFound";
    /// <summary>The server ran out of memory (Java heap) for this request.</summary>
    public const string OutOfMemory = "Neo.TransientError.General.OutOfMemoryError";
    /// <summary>Two transactions waited on each other; one was rolled back.</summary>
    public const string DeadlockDetected = "Neo.TransientError.Transaction.DeadlockDetected";

    /// <summary>Prefix of the codes the client raises itself; Neo4j never sends them.</summary>
    public const string ClientSidePrefix = "InnoGraph.";

    /// <summary>Neo4j could not be reached or did not answer in time (see <see cref="Neo4jUnavailableException"/>).</summary>
    public const string Unavailable = "InnoGraph.Unavailable";

    /// <summary>
    /// The circuit breaker is open after repeated failures, so nothing was sent. Not retried: the point of the breaker is to
    /// stop sending for a while.
    /// </summary>
    public const string CircuitOpen = "InnoGraph.Unavailable.CircuitOpen";

    /// <summary>Neo4j answered with a body that is not JSON.</summary>
    public const string UnexpectedResponse = "InnoGraph.UnexpectedResponse";
}
