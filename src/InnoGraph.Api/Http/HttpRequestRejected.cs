namespace InnoGraph.Api.Http;

/// <summary>A request refused at the HTTP level, before GraphQL runs.</summary>
internal sealed class HttpRequestRejected(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
