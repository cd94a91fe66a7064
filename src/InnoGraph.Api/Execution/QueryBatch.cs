using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using InnoGraph.Api.GraphQL.Queries;
using InnoGraph.Api.Translation;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Execution;

/// <summary>
/// Translates every root field of the operation into one statement each and sends them all in
/// one implicit transaction: one round trip for the whole request, however deep the selection.
/// </summary>
internal sealed class QueryBatch(ICypherClient cypher, SourceCache sources, QueryFields fields, int maxResultBytes, StageTimings timings)
{
    private readonly Lock _gate = new();
    private Task<IReadOnlyDictionary<string, RootOutcome>>? _run;

    public List<ExecutedStatement> Executed { get; } = [];

    /// <summary>The sources the answers' provenance names, once the batch has run.</summary>
    public SourceTable? Sources { get; private set; }

    public Task<IReadOnlyDictionary<string, RootOutcome>> RunAsync(IResolveFieldContext context)
    {
        lock (_gate)
        {
            return _run ??= ExecuteAsync(context);
        }
    }

    private async Task<IReadOnlyDictionary<string, RootOutcome>> ExecuteAsync(IResolveFieldContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var reader = new SelectionReader(context.Schema, context.Document, context.Variables, context.CancellationToken);
        var roots = reader.Read(context.Operation.SelectionSet, (IComplexGraphType)context.ParentType);
        var outcomes = new Dictionary<string, RootOutcome>(StringComparer.Ordinal);
        var plans = new List<(string Key, ReadPlan Plan)>();
        foreach (var root in roots)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // Root fields with a resolver of their own (the catalogue, __typename) are not read from Neo4j.
            if (fields.Read(root.FieldName) is not { } read)
            {
                continue;
            }

            try
            {
                plans.Add((root.ResponseKey, read.Plan(root)));
            }
            catch (TranslationException e)
            {
                outcomes[root.ResponseKey] = RootOutcome.Failed(ApiError.Create(e.Code, e.Message));
            }
        }

        if (plans.Count == 0)
        {
            return outcomes;
        }

        var sending = Stopwatch.GetTimestamp();
        timings.Add("translate", Stopwatch.GetElapsedTime(started, sending).TotalMilliseconds);
        var held = sources.Held;
        var results = await cypher.ReadAsync([.. plans.Select(p => SourceCache.Stamp(p.Plan.Statement, held))], context.CancellationToken);
        var answered = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(sending, answered).TotalMilliseconds;
        timings.Add("neo4j", elapsed);
        for (var i = 0; i < plans.Count; i++)
        {
            Executed.Add(new ExecutedStatement(plans[i].Key, plans[i].Plan.Statement.Text, elapsed));
            outcomes[plans[i].Key] = Read(results[i], plans[i].Plan);
            Sources = sources.Read(results[i], held) ?? Sources;
        }

        timings.Add("results", Stopwatch.GetElapsedTime(answered).TotalMilliseconds);
        return outcomes;
    }

    private RootOutcome Read(CypherResult result, ReadPlan plan)
    {
        if (result.Rows.Count == 0)
        {
            return new RootOutcome(null, null);
        }

        if (Unresolved(result.Value(0, "__refs")) is { } error)
        {
            return RootOutcome.Failed(error);
        }

        var data = result.Value(0, "data");

        // The bytes as Neo4j sent them: measured and reshaped without a UTF-16 copy of the answer.
        var raw = JsonMarshal.GetRawUtf8Value(data);
        if (raw.Length > maxResultBytes)
        {
            return RootOutcome.Failed(ApiError.Create(
                ErrorCodes.ResultTooLarge,
                $"The answer would be larger than {maxResultBytes / 1024} KiB; select fewer fields, lower 'first' or 'limit', or narrow the filters."));
        }

        if (plan.Reshape is null)
        {
            return new RootOutcome(data, null);
        }

        var reshaped = plan.Reshape(JsonNode.Parse(raw));
        return new RootOutcome(reshaped is null ? null : JsonSerializer.SerializeToElement(reshaped), null);
    }

    private static ExecutionError? Unresolved(JsonElement references) => UnresolvedReference.First(references) switch
    {
        null => null,
        { IsMissing: true } missing => ApiError.Create(ErrorCodes.NotFound, missing.Message, new Dictionary<string, object?> { ["argument"] = missing.Argument }),
        var ambiguous => ApiError.Create(
            ErrorCodes.Ambiguous,
            ambiguous.Message,
            new Dictionary<string, object?> { ["argument"] = ambiguous.Argument, ["candidates"] = ambiguous.Candidates }),
    };
}
