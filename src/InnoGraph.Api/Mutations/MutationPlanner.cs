using System.Text.Json;
using GraphQL;
using InnoGraph.Api.Execution;
using InnoGraph.Api.Translation;
using InnoGraph.Domain.Input;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;
using InnoGraph.Graph.Reading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Turns a mutation field (see <see cref="GraphQL.Mutations.MutationFields"/>) into its statements after checking its input in C#; refusals that need
/// the graph (unknown sources or paragraphs, a change of kind, missing endpoints, kinds a type does not join)
/// come back as columns of the field's check statement and are read into the field's error.
/// </summary>
internal static class MutationPlanner
{
    // MERGE and SET with values fixed before sending (updatedAt included): a replay writes and answers the same.
    /// <exception cref="TranslationException">The input breaks the seed loader's rules.</exception>
    public static MutationPlan Upsert(FieldSelection field, string actor, string now)
    {
        var entity = MutationInputValidator.Entity(Input(field));
        var check = WriteStatements.UpsertEntityCheck(entity).Build();
        var write = WriteStatements.UpsertEntity(entity, actor, now, field.Children).Build();
        return new MutationPlan(check, write, RetrySafe: true, result =>
        {
            if (BadSources(result) is { } bad)
            {
                return bad;
            }

            return Column(result, "existingKind") is { ValueKind: JsonValueKind.String } existing && existing.GetString() != entity.Kind.ToString()
                ? ApiError.Create(ErrorCodes.Conflict, $"'{entity.Id}' is already a {existing.GetString()}; an entity's kind cannot change.")
                : null;
        }, Data);
    }

    // MERGE on the relation id makes sending it twice the same as once.
    /// <exception cref="TranslationException">The input breaks the seed loader's rules.</exception>
    public static MutationPlan AddRelation(FieldSelection field, string actor, string now)
    {
        var relation = MutationInputValidator.Relation(Input(field));
        var spec = RelationTypes.Of(relation.Type);
        var check = WriteStatements.AddRelationCheck(relation, spec).Build();
        var write = WriteStatements.AddRelation(relation, spec, actor, now, field).Build();
        return new MutationPlan(check, write, RetrySafe: true, result =>
        {
            if (BadSources(result) is { } bad)
            {
                return bad;
            }

            var fromKind = StoredKind(result, "fromKind");
            var toKind = StoredKind(result, "toKind");
            if (fromKind is null || toKind is null)
            {
                var (path, missing) = fromKind is null ? ("from", relation.From) : ("to", relation.To);
                return ApiError.Create(ErrorCodes.NotFound, $"{path}: {RelationRules.NoSuchEntity(missing)}; create it first with upsertEntity (earlier in the same request is fine).");
            }

            var problems = new List<InputProblem>();
            if (RelationRules.Start(spec, relation.From, fromKind.Value) is { } start)
            {
                problems.Add(new InputProblem("from", start));
            }

            if (RelationRules.End(spec, relation.To, toKind.Value) is { } end)
            {
                problems.Add(new InputProblem("to", end));
            }

            return problems.Count > 0 ? ApiError.Create(ErrorCodes.Validation, MutationInputValidator.Refusal(problems)) : null;
        }, Data);
    }

    // Deleting twice leaves the graph the same, but a replay of a removal that did commit would
    // answer false: sending it again is not safe for the answer.
    /// <exception cref="TranslationException">The id is not a relation id.</exception>
    public static MutationPlan RemoveRelation(FieldSelection field)
    {
        var id = field.String("id") ?? "";
        var parts = id.Split('|');
        var spec = parts.Length is 3 or 4 ? RelationTypes.Find(parts[1]) : null;
        if (spec is null || !EntityId.IsValid(parts[0]) || !EntityId.IsValid(parts[2]) || (parts.Length == 4 && !RelationKey.IsValid(parts[3])))
        {
            throw new TranslationException(ErrorCodes.InvalidArgument, "A relation id reads from|TYPE|to or from|TYPE|to|key, with a known relation type, and ids and key in the id form (lower-case ASCII words joined by '-' and '.').");
        }

        var statement = WriteStatements.RemoveRelation(parts[0], spec, parts[2], id).Build();
        return new MutationPlan(null, statement, RetrySafe: false, _ => null, result =>
            new RootOutcome(JsonSerializer.SerializeToElement(Column(result, "data").ValueKind == JsonValueKind.True), null));
    }

    private static RootOutcome Data(CypherResult result) => new(Column(result, "data"), null);

    private static IDictionary<string, object?> Input(FieldSelection field) =>
        field.Arguments.GetValueOrDefault("input") as IDictionary<string, object?> ?? new Dictionary<string, object?>();

    // The graph holds only kinds of the allowlist: labels and kinds are written from it.
    private static EntityKind? StoredKind(CypherResult result, string column) =>
        Column(result, column) is { ValueKind: JsonValueKind.String } kind
            ? EntityKinds.Find(kind.GetString()!)?.Kind ?? throw new InvalidOperationException($"The graph holds an entity of the unknown kind '{kind.GetString()}'.")
            : null;

    // The statement refused these locators; the domain's rules say why, from the sources' facts it read.
    private static ExecutionError? BadSources(CypherResult result)
    {
        if (Column(result, "badSources") is not { ValueKind: JsonValueKind.Array } bad || bad.GetArrayLength() == 0)
        {
            return null;
        }

        var facts = Column(result, "sourceFacts") is { ValueKind: JsonValueKind.Array } known
            ? known.EnumerateArray().Select(f => new SourceFacts(
                f.GetProperty("id").GetString()!,
                f.GetProperty("document").ValueKind == JsonValueKind.True,
                f.GetProperty("paragraphs").ValueKind == JsonValueKind.Number && f.GetProperty("paragraphs").TryGetInt64(out var n) ? n : null)).ToList()
            : [];
        var problems = bad.EnumerateArray().Select(b => b.GetString() ?? "").Select(text => new InputProblem(
            "sources",
            Locator.TryParse(text, out var locator, out _) && LocatorRules.Check(locator!, facts.FirstOrDefault(f => f.Id == locator!.Source)) is { } problem
                ? problem
                : $"locator {text} does not point at a paragraph or key of a known source"));
        return ApiError.Create(ErrorCodes.Validation, MutationInputValidator.Refusal(problems));
    }

    private static JsonElement Column(CypherResult result, string column) =>
        result.Rows.Count > 0 && result.Columns.Contains(column) ? result.Value(0, column) : default;
}
