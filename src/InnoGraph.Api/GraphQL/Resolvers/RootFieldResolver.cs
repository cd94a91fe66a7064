using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using InnoGraph.Api.Execution;

namespace InnoGraph.Api.GraphQL.Resolvers;

/// <summary>
/// Resolves a root query field from the request's single batch: the first root field to run
/// translates and sends every root field at once; the others wait for the same round trip.
/// </summary>
internal sealed class RootFieldResolver : IFieldResolver
{
    public static RootFieldResolver Instance { get; } = new();

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var request = RequestState.From(context);
        var outcomes = await request.Batch.RunAsync(context);
        var key = context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;
        if (!outcomes.TryGetValue(key, out var outcome))
        {
            throw new InvalidOperationException($"The root field '{key}' was not planned; a field resolved here must be a read field of the schema.");
        }

        if (outcome.Error is not null)
        {
            throw outcome.Error;
        }

        var type = context.FieldDefinition.ResolvedType;
        if (outcome.Data is not { } data || data.ValueKind == JsonValueKind.Null)
        {
            return (type is NonNullGraphType { ResolvedType: ListGraphType }) ? Array.Empty<object>() : null;
        }

        return JsonValues.ToClr(data, type);
    }
}
