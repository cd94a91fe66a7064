using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using InnoGraph.Api.Execution;

namespace InnoGraph.Api.GraphQL.Resolvers;

/// <summary>
/// What a provenance entry's source is, from the sources its request was answered with: the statement names only the
/// source's id. A locator whose source the graph lacks is a document's, with no document.
/// </summary>
internal sealed class ProvenanceSourceResolver : IFieldResolver
{
    private static readonly JsonElement DocumentKind = JsonSerializer.SerializeToElement("DOCUMENT");

    private readonly bool _kind;

    private ProvenanceSourceResolver(bool kind) => _kind = kind;

    public static ProvenanceSourceResolver Kind { get; } = new(true);

    public static ProvenanceSourceResolver Document { get; } = new(false);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var id = context.Source is JsonElement { ValueKind: JsonValueKind.Object } entry && entry.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String
            ? source.GetString()
            : null;
        var document = RequestState.From(context).Sources?.Find(id);
        var value = _kind ? document?.GetProperty("kind") ?? DocumentKind : document;
        return ValueTask.FromResult(value is { } found ? JsonValues.ToClr(found, context.FieldDefinition.ResolvedType) : null);
    }
}
