using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Translation;

/// <summary>The codes in <c>errors[].extensions.code</c>. Stable: clients branch on them.</summary>
internal static class ErrorCodes
{
    public const string InvalidQuery = RefusalCodes.InvalidQuery;
    public const string InvalidArgument = RefusalCodes.InvalidArgument;
    public const string BadCursor = RefusalCodes.BadCursor;
    public const string NotFound = "NOT_FOUND";
    public const string Ambiguous = "AMBIGUOUS";
    public const string ResultTooLarge = "RESULT_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string DatabaseError = "DATABASE_ERROR";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Validation = "VALIDATION_FAILED";
    public const string Conflict = "CONFLICT";
    public const string NotWritten = "NOT_WRITTEN";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string RateLimited = "RATE_LIMITED";
    public const string QueryTooLarge = "QUERY_TOO_LARGE";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string QueryTooCostly = "QUERY_TOO_COSTLY";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string Internal = "INTERNAL_ERROR";
}
