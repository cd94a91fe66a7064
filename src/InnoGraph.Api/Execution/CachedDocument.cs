using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace InnoGraph.Api.Execution;

/// <summary>A parsed document and the operations of it that passed GraphQL validation, so they are not validated again.</summary>
internal sealed class CachedDocument(GraphQLDocument document)
{
    private readonly ConcurrentDictionary<string, bool> _validated = new(StringComparer.Ordinal);

    public GraphQLDocument Document { get; } = document;

    public bool IsValidated(string? operationName) => _validated.ContainsKey(operationName ?? "");

    public void MarkValidated(string? operationName) => _validated.TryAdd(operationName ?? "", true);
}
