using InnoGraph.Api.Translation;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Api.Operations;

/// <summary>
/// The API's log messages. Never headers, keys, query strings, variable values or Cypher
/// parameters; text a client chose goes through <see cref="LogText"/>. Failures are one line
/// without a stack trace; the exception itself is logged at Debug only (events 41xx), since a
/// flood of failures must not turn into a flood of stack traces.
/// </summary>
internal static partial class ApiLog
{
    /// <summary>Names of the fields that, with the event id, say whether two failures are the same.</summary>
    public const string StatusField = "Status";
    public const string CodeField = "Code";
    public const string ExceptionTypeField = "ExceptionType";

    private const string RequestLine = "{Method} {Path} {Operation} {OperationName} answered {Status} in {ElapsedMs:F1} ms with {RoundTrips} Neo4j round trip(s)";

    private static readonly HashSet<int> RepeatLimited = [4002, 4003, 4004, 4005, 4006, 4007, 4008, 4010, 4011];

    /// <summary>Events that <see cref="RepeatLimitedLogger{T}"/> writes at most once per interval per status or code.</summary>
    public static bool IsRepeatLimited(int eventId) => RepeatLimited.Contains(eventId);

    /// <summary>The one line of a request: an ordinary answer at Information, a 429 or 5xx at Warning and repeat-limited.</summary>
    public static void Request(ILogger logger, string method, string path, string operation, string? operationName, int status, double elapsedMs, long roundTrips, bool matchedEndpoint)
    {
        var cleanMethod = LogText.Clean(method, 16);
        var cleanPath = LogText.Clean(path, LogText.MaxPath);
        var cleanName = LogText.Clean(operationName, LogText.MaxOperationName);
        if (status == StatusCodes.Status429TooManyRequests || status >= 500)
        {
            RequestFailed(logger, cleanMethod, cleanPath, operation, cleanName, status, elapsedMs, roundTrips);
        }
        else if (!matchedEndpoint)
        {
            // Scanners probe thousands of paths; no endpoint means nothing worth a line each.
            RequestUnrouted(logger, cleanMethod, cleanPath, operation, cleanName, status, elapsedMs, roundTrips);
        }
        else
        {
            RequestAnswered(logger, cleanMethod, cleanPath, operation, cleanName, status, elapsedMs, roundTrips);
        }
    }

    public static void DatabaseUnavailable(ILogger logger, Exception exception)
    {
        LogDatabaseUnavailable(logger, ErrorCodes.ServiceUnavailable, Reason(exception));
        ExceptionDetails(logger, exception);
    }

    /// <summary>The code only: Neo4j's message can quote values (a constraint violation names the value), so it is logged at Debug.</summary>
    public static void DatabaseError(ILogger logger, string code, Exception exception)
    {
        LogDatabaseError(logger, LogText.Clean(code, 96));
        ExceptionDetails(logger, exception);
    }

    public static void Unexpected(ILogger logger, Exception exception)
    {
        LogUnexpected(logger, exception.GetType().Name);
        ExceptionDetails(logger, exception);
    }

    public static void Unauthenticated(ILogger logger) => LogUnauthenticated(logger, ErrorCodes.Unauthenticated);

    public static void WarmupFailed(ILogger logger, Exception exception)
    {
        LogWarmupFailed(logger, Reason(exception));
        ExceptionDetails(logger, exception);
    }

    public static void ReadinessFailed(ILogger logger, Exception exception)
    {
        LogReadinessFailed(logger, ErrorCodes.ServiceUnavailable, Reason(exception));
        ExceptionDetails(logger, exception);
    }

    public static void Unhandled(ILogger logger, Exception exception)
    {
        LogUnhandled(logger, exception.GetType().Name);
        ExceptionDetails(logger, exception);
    }

    private static string Reason(Exception exception) => exception switch
    {
        Neo4jUnavailableException unavailable => LogText.Clean(unavailable.Reason, 200),
        Neo4jException database => LogText.Clean(database.Code, 96),
        _ => exception.GetType().Name,
    };

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = RequestLine)]
    private static partial void RequestAnswered(ILogger logger, string method, string path, string operation, string operationName, int status, double elapsedMs, long roundTrips);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = RequestLine)]
    private static partial void RequestFailed(ILogger logger, string method, string path, string operation, string operationName, int status, double elapsedMs, long roundTrips);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = RequestLine)]
    private static partial void RequestUnrouted(ILogger logger, string method, string path, string operation, string operationName, int status, double elapsedMs, long roundTrips);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "{Code}: Neo4j is unavailable ({Reason}); answering 503")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string code, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Neo4j refused a generated statement: {Code}")]
    private static partial void LogDatabaseError(ILogger logger, string code);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Unexpected {ExceptionType} while resolving a field; the details are logged at Debug level")]
    private static partial void LogUnexpected(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "{Code}: a write was refused, no valid API key")]
    private static partial void LogUnauthenticated(ILogger logger, string code);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Neo4j did not answer at start ({Reason}); it will be discovered on first use")]
    private static partial void LogWarmupFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "{Code}: readiness check failed ({Reason})")]
    private static partial void LogReadinessFailed(ILogger logger, string code, string reason);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Error, Message = "Unhandled {ExceptionType} while answering a request; the details are logged at Debug level")]
    private static partial void LogUnhandled(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4100, Level = LogLevel.Debug, Message = "Details of the failure above")]
    private static partial void ExceptionDetails(ILogger logger, Exception exception);
}
