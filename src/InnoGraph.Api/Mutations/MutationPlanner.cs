using System.Text.Json;
using GraphQL;
using InnoGraph.Api.Execution;
using InnoGraph.Api.Translation;
using InnoGraph.Domain.Model;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Turns one mutation field into its statement after checking its input in C#; refusals that need
/// the graph (unknown sources, a change of kind, missing endpoints, kinds a type does not join)
/// come back as columns of the statement and are read into the field's error.
/// </summary>
internal static class MutationPlanner
{
    public static bool Handles(string fieldName) => fieldName is "upsertEntity" or "addRelation" or "removeRelation";

    /// <exception cref="TranslationException">The input breaks the seed loader's rules.</exception>
    public static MutationPlan Plan(SelectionNode field, string actor, string now) => field.FieldName switch
    {
        "upsertEntity" => Upsert(field, actor, now),
        "addRelation" => AddRelation(field, actor, now),
        "removeRelation" => RemoveRelation(field),
        _ => throw new ArgumentException($"'{field.FieldName}' is not a mutation field.", nameof(field)),
    };

    // MERGE and SET with values fixed before sending (updatedAt included): a replay writes and answers the same.
    private static MutationPlan Upsert(SelectionNode field, string actor, string now)
    {
        var entity = MutationInputValidator.Entity(Input(field));
        var statement = WriteStatements.UpsertEntity(entity, actor, now, field.Children).Build();
        return new MutationPlan(statement, RetrySafe: true, result =>
        {
            if (UnknownSources(result) is { } unknown)
            {
                return RootOutcome.Failed(unknown);
            }

            if (Column(result, "existingKind") is { ValueKind: JsonValueKind.String } existing && existing.GetString() != entity.Kind.ToString())
            {
                return RootOutcome.Failed(ApiError.Create(ErrorCodes.Conflict, $"'{entity.Id}' is already a {existing.GetString()}; an entity's kind cannot change."));
            }

            return new RootOutcome(Column(result, "data"), null);
        });
    }

    // MERGE on the relation id makes sending it twice the same as once.
    private static MutationPlan AddRelation(SelectionNode field, string actor, string now)
    {
        var (relation, spec) = MutationInputValidator.Relation(Input(field));
        var statement = WriteStatements.AddRelation(relation, spec, actor, now, field).Build();
        return new MutationPlan(statement, RetrySafe: true, result =>
        {
            if (UnknownSources(result) is { } unknown)
            {
                return RootOutcome.Failed(unknown);
            }

            var fromKind = Column(result, "fromKind");
            var toKind = Column(result, "toKind");
            if (fromKind.ValueKind != JsonValueKind.String || toKind.ValueKind != JsonValueKind.String)
            {
                var missing = fromKind.ValueKind != JsonValueKind.String ? relation.From : relation.To;
                return RootOutcome.Failed(ApiError.Create(ErrorCodes.NotFound, $"There is no entity '{missing}'; create it first with upsertEntity (earlier in the same request is fine)."));
            }

            if (!Allows(spec.FromKinds, fromKind.GetString()!) || !Allows(spec.ToKinds, toKind.GetString()!))
            {
                return RootOutcome.Failed(ApiError.Create(ErrorCodes.Validation, $"{spec.Name} does not join a {fromKind.GetString()} to a {toKind.GetString()}."));
            }

            return new RootOutcome(Column(result, "data"), null);
        });
    }

    // Deleting twice leaves the graph the same, but a replay of a removal that did commit would
    // answer false: sending it again is not safe for the answer.
    private static MutationPlan RemoveRelation(SelectionNode field)
    {
        var id = field.String("id") ?? "";
        var parts = id.Split('|');
        var spec = parts.Length is 3 or 4 ? RelationTypes.Find(parts[1]) : null;
        if (spec is null)
        {
            throw new TranslationException(ErrorCodes.InvalidArgument, "A relation id reads from|TYPE|to or from|TYPE|to|key, with a known relation type.");
        }

        var statement = WriteStatements.RemoveRelation(parts[0], spec, parts[2], id).Build();
        return new MutationPlan(statement, RetrySafe: false, result =>
            new RootOutcome(JsonSerializer.SerializeToElement(Column(result, "data").ValueKind == JsonValueKind.True), null));
    }

    private static IDictionary<string, object?> Input(SelectionNode field) =>
        field.Arguments.GetValueOrDefault("input") as IDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static bool Allows(IReadOnlyList<EntityKind> kinds, string kind) => kinds.Count == 0 || kinds.Any(k => k.ToString() == kind);

    private static ExecutionError? UnknownSources(CypherResult result) =>
        Column(result, "unknownSources") is { ValueKind: JsonValueKind.Array } unknown && unknown.GetArrayLength() > 0
            ? ApiError.Create(ErrorCodes.Validation, $"These locators name no known document or reference source: {string.Join(", ", unknown.EnumerateArray().Select(u => u.GetString()))}.")
            : null;

    private static JsonElement Column(CypherResult result, string column) =>
        result.Rows.Count > 0 && result.Columns.Contains(column) ? result.Value(0, column) : default;
}
