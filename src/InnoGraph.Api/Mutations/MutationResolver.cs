using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using InnoGraph.Api.Execution;
using InnoGraph.Api.GraphQL.Resolvers;
using InnoGraph.Api.Translation;
using InnoGraph.Domain.Model;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Mutations;

/// <summary>Runs one mutation field as one statement and reads back what it wrote, as selected.</summary>
internal sealed class MutationResolver(string field) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var state = RequestState.From(context);
        var actor = state.Actor ?? throw ApiError.Create(ErrorCodes.Unauthenticated, "Writes need a valid API key.");
        var cypher = context.RequestServices!.GetRequiredService<ICypherClient>();
        var now = (context.RequestServices!.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        try
        {
            return field switch
            {
                "upsertEntity" => await UpsertAsync(context, cypher, actor, now),
                "addRelation" => await AddRelationAsync(context, cypher, actor, now),
                _ => await RemoveRelationAsync(context, cypher),
            };
        }
        catch (TranslationException e)
        {
            throw ApiError.Create(e.Code, e.Message);
        }
    }

    private static async Task<object?> UpsertAsync(IResolveFieldContext context, ICypherClient cypher, string actor, string now)
    {
        var entity = MutationInputValidator.Entity(context.GetArgument<Dictionary<string, object?>>("input"));
        var selection = Selection(context);
        var query = WriteStatements.UpsertEntity(entity, actor, now, selection.Children);
        var result = await cypher.RunAsync(query.Build(), WorkKind.RetrySafe, context.CancellationToken);
        if (result.Value(0, "unknownSources") is { ValueKind: JsonValueKind.Array } unknown && unknown.GetArrayLength() > 0)
        {
            throw UnknownSources(unknown);
        }

        if (result.Value(0, "existingKind") is { ValueKind: JsonValueKind.String } existing && existing.GetString() != entity.Kind.ToString())
        {
            throw ApiError.Create(ErrorCodes.Conflict, $"'{entity.Id}' is already a {existing.GetString()}; an entity's kind cannot change.");
        }

        return JsonValues.ToClr(result.Value(0, "data"), context.FieldDefinition.ResolvedType);
    }

    private static async Task<object?> AddRelationAsync(IResolveFieldContext context, ICypherClient cypher, string actor, string now)
    {
        var (relation, spec) = MutationInputValidator.Relation(context.GetArgument<Dictionary<string, object?>>("input"));
        var query = WriteStatements.AddRelation(relation, spec, actor, now, Selection(context));

        // MERGE on the relation id makes sending it twice the same as once.
        var result = await cypher.RunAsync(query.Build(), WorkKind.RetrySafe, context.CancellationToken);
        if (result.Value(0, "unknownSources") is { ValueKind: JsonValueKind.Array } unknown && unknown.GetArrayLength() > 0)
        {
            throw UnknownSources(unknown);
        }

        var fromKind = result.Value(0, "fromKind");
        var toKind = result.Value(0, "toKind");
        if (fromKind.ValueKind != JsonValueKind.String || toKind.ValueKind != JsonValueKind.String)
        {
            var missing = fromKind.ValueKind != JsonValueKind.String ? relation.From : relation.To;
            throw ApiError.Create(ErrorCodes.NotFound, $"There is no entity '{missing}'; create it first with upsertEntity.");
        }

        if (!Allows(spec.FromKinds, fromKind.GetString()!) || !Allows(spec.ToKinds, toKind.GetString()!))
        {
            throw ApiError.Create(ErrorCodes.Validation, $"{spec.Name} does not join a {fromKind.GetString()} to a {toKind.GetString()}.");
        }

        return JsonValues.ToClr(result.Value(0, "data"), context.FieldDefinition.ResolvedType);
    }

    private static async Task<object?> RemoveRelationAsync(IResolveFieldContext context, ICypherClient cypher)
    {
        var id = context.GetArgument<string>("id") ?? "";
        var parts = id.Split('|');
        var spec = parts.Length is 3 or 4 ? RelationTypes.Find(parts[1]) : null;
        if (spec is null)
        {
            throw ApiError.Create(ErrorCodes.InvalidArgument, "A relation id reads from|TYPE|to or from|TYPE|to|key, with a known relation type.");
        }

        var result = await cypher.RunAsync(WriteStatements.RemoveRelation(parts[0], spec, parts[2], id).Build(), WorkKind.RetrySafe, context.CancellationToken);
        return result.Rows.Count > 0 && result.Value(0, "data").ValueKind == JsonValueKind.True;
    }

    private static bool Allows(IReadOnlyList<EntityKind> kinds, string kind) => kinds.Count == 0 || kinds.Any(k => k.ToString() == kind);

    private static ExecutionError UnknownSources(JsonElement unknown) =>
        ApiError.Create(ErrorCodes.Validation, $"These locators name no known document or reference source: {string.Join(", ", unknown.EnumerateArray().Select(u => u.GetString()))}.");

    private static SelectionNode Selection(IResolveFieldContext context)
    {
        var reader = new SelectionReader(context.Schema, context.Document, context.Variables);
        var type = context.FieldDefinition.ResolvedType!.GetNamedType() as IComplexGraphType
            ?? throw new InvalidOperationException("A mutation returns an object.");
        return new SelectionNode(
            context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue,
            context.FieldAst.Name.StringValue,
            new Dictionary<string, object?>(),
            reader.Read(context.FieldAst.SelectionSet, type));
    }
}
