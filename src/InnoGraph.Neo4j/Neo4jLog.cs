using Microsoft.Extensions.Logging;

namespace InnoGraph.Neo4j;

/// <summary>Log messages of the Neo4j client, with stable event ids. Never logs passwords or parameter values.</summary>
internal static partial class Neo4jLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Neo4j {Version} ({Edition}) at {Server}: using the {Endpoint} endpoint {Path}")]
    public static partial void Discovered(ILogger logger, string version, string? edition, Uri server, string endpoint, string path);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Neo4j request failed, retry {Attempt} in {DelayMs:0} ms: {Reason}")]
    public static partial void Retrying(ILogger logger, int attempt, double delayMs, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Neo4j round trip: {Statements} statement(s) in {ElapsedMs:0.0} ms")]
    public static partial void RoundTrip(ILogger logger, int statements, double elapsedMs);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Neo4j at {Server} was unreachable or refused the credentials: it is discovered again on the next request")]
    public static partial void ServerForgotten(ILogger logger, Uri server);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Rolling back a Neo4j transaction failed: {Reason}")]
    public static partial void RollbackFailed(ILogger logger, string reason);
}
