namespace InnoGraph.Api.Operations;

/// <summary>The API's log messages. Never headers, keys, queries' variable values or Cypher parameters.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "GraphQL {Method} {Operation} {OperationName} answered {Status} in {ElapsedMs:F1} ms with {RoundTrips} Neo4j round trip(s)")]
    public static partial void Request(ILogger logger, string method, string operation, string? operationName, int status, double elapsedMs, long roundTrips);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Neo4j is unavailable; answering 503")]
    public static partial void DatabaseUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Neo4j rejected a generated statement ({Code})")]
    public static partial void DatabaseError(ILogger logger, string code, Exception exception);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Unexpected error while resolving a field")]
    public static partial void Unexpected(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "A write was refused: no valid API key")]
    public static partial void Unauthenticated(ILogger logger);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Neo4j did not answer at start; it will be discovered on first use")]
    public static partial void WarmupFailed(ILogger logger, Exception exception);
}
