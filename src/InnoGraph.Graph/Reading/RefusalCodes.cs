namespace InnoGraph.Graph.Reading;

/// <summary>The codes a read refuses a request with; the API passes them on as <c>errors[].extensions.code</c>.</summary>
public static class RefusalCodes
{
    public const string InvalidQuery = "INVALID_QUERY";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string BadCursor = "BAD_CURSOR";
}
