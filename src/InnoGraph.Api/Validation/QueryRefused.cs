namespace InnoGraph.Api.Validation;

/// <summary>A document refused before validation and execution, with the code a client can act on.</summary>
internal sealed class QueryRefused(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
