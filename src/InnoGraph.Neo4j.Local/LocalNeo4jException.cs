namespace InnoGraph.Neo4j.Local;

/// <summary>
/// The local Neo4j could not be installed, started, reached or stopped.
/// The message says what went wrong and what to do about it.
/// </summary>
public sealed class LocalNeo4jException : Exception
{
    /// <summary>Creates the exception with a message that says what to do.</summary>
    public LocalNeo4jException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that says what to do and the failure behind it.</summary>
    public LocalNeo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
