namespace InnoGraph.Neo4j.Errors;

/// <summary>A transient failure (Neo.TransientError.*): the same work may succeed when sent again.</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jException(code, message)
{
    /// <inheritdoc />
    public override bool IsRetriable => true;
}
