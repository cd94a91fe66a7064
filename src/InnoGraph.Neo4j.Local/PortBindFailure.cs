namespace InnoGraph.Neo4j.Local;

/// <summary>Recognises in Neo4j's console log a start that failed because a port was in use.</summary>
internal static class PortBindFailure
{
    /// <summary>
    /// Neo4j 3.1 reports it as <c>org.neo4j.helpers.PortBindException: Address 127.0.0.1:N is already in use, cannot
    /// bind to it</c> for both connectors; a bare <c>java.net.BindException: Address already in use</c> is what
    /// other versions and code paths print.
    /// </summary>
    public static bool IsIn(string log) =>
        log.Contains("PortBindException", StringComparison.Ordinal) ||
        log.Contains("is already in use, cannot bind", StringComparison.Ordinal) ||
        log.Contains("Address already in use", StringComparison.Ordinal);
}
