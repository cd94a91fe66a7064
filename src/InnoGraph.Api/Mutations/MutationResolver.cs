using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using InnoGraph.Api.Execution;
using InnoGraph.Api.GraphQL.Resolvers;
using InnoGraph.Api.Translation;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Resolves a mutation field from the request's single write batch: the first mutation field to
/// run sends every mutation field's statement at once; the others read their part of the answer.
/// </summary>
internal sealed class MutationResolver : IFieldResolver
{
    public static MutationResolver Instance { get; } = new();

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var state = RequestState.From(context);
        var actor = state.Actor ?? throw ApiError.Create(ErrorCodes.Unauthenticated, "Writes need a valid API key.");
        var outcomes = await state.Mutations.RunAsync(context, actor);
        var key = context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;
        if (!outcomes.TryGetValue(key, out var outcome))
        {
            throw new InvalidOperationException($"The mutation field '{key}' was not planned; a field resolved here must be one of the mutation fields.");
        }

        if (outcome.Error is not null)
        {
            throw outcome.Error;
        }

        return outcome.Data is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } data
            ? JsonValues.ToClr(data, context.FieldDefinition.ResolvedType)
            : null;
    }
}
