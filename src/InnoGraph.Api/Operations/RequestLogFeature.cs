namespace InnoGraph.Api.Operations;

/// <summary>What the GraphQL endpoint knows about a request, for the request's one log line.</summary>
internal sealed class RequestLogFeature
{
    /// <summary>The operation type (<c>query</c>, <c>mutation</c>, <c>invalid</c>…), or <c>-</c> outside GraphQL.</summary>
    public string Operation { get; private set; } = "-";

    /// <summary>The operation name as the client sent it; cleaned when logged.</summary>
    public string? OperationName { get; private set; }

    /// <summary>Records the operation of the current request, if it is being logged.</summary>
    public static void Describe(HttpContext http, string operation, string? operationName)
    {
        if (http.Features.Get<RequestLogFeature>() is { } feature)
        {
            feature.Operation = operation;
            feature.OperationName = operationName;
        }
    }
}
