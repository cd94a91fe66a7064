using System.Diagnostics;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using InnoGraph.Api.Execution;
using InnoGraph.Api.GraphQL.Mutations;
using InnoGraph.Api.Operations;
using InnoGraph.Api.Translation;
using InnoGraph.Graph.Loading;
using InnoGraph.Graph.Reading;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Sends the statements of every mutation field of the operation in one implicit transaction:
/// one round trip, all or nothing. Statements run in field order, so a field sees what earlier
/// fields wrote, as GraphQL's serial execution of mutations requires. Input is checked for every
/// field before anything is sent; when any field is invalid, nothing is sent. A field the graph
/// refuses fails the transaction from its guarded write; its check, the statement before, says why.
/// </summary>
internal sealed class MutationBatch(ICypherClient cypher, SourceCache sources, List<ExecutedStatement> executed, TimeProvider clock, ILogger logger)
{
    private readonly Lock _gate = new();
    private Task<IReadOnlyDictionary<string, RootOutcome>>? _run;

    public Task<IReadOnlyDictionary<string, RootOutcome>> RunAsync(IResolveFieldContext context, string actor)
    {
        lock (_gate)
        {
            return _run ??= ExecuteAsync(context, actor);
        }
    }

    /// <summary>The sources the answers' provenance names, once the batch has run.</summary>
    public SourceTable? Sources { get; private set; }

    private async Task<IReadOnlyDictionary<string, RootOutcome>> ExecuteAsync(IResolveFieldContext context, string actor)
    {
        var reader = new SelectionReader(context.Schema, context.Document, context.Variables);
        var roots = reader.Read(context.Operation.SelectionSet, (IComplexGraphType)context.ParentType);
        var now = clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var outcomes = new Dictionary<string, RootOutcome>(StringComparer.Ordinal);
        var plans = new List<(string Key, MutationPlan Plan)>();
        foreach (var root in roots)
        {
            // __typename has a resolver of its own.
            if (MutationFields.Served.Find(root.FieldName) is not { } field)
            {
                continue;
            }

            try
            {
                plans.Add((root.ResponseKey, field.Plan(root, actor, now)));
            }
            catch (TranslationException e)
            {
                outcomes[root.ResponseKey] = RootOutcome.Failed(ApiError.Create(e.Code, e.Message));
            }
        }

        if (outcomes.Count > 0)
        {
            var invalid = string.Join(", ", outcomes.Keys.Select(k => $"'{k}'"));
            foreach (var (key, _) in plans)
            {
                outcomes[key] = RootOutcome.Failed(ApiError.Create(
                    ErrorCodes.NotWritten,
                    $"Nothing was written: {invalid} of this request {(outcomes.Count == 1 ? "is" : "are")} not valid, and a request writes all its fields or none. Correct {(outcomes.Count == 1 ? "it" : "them")} and send the request again."));
            }

            return outcomes;
        }

        if (plans.Count == 0)
        {
            return outcomes;
        }

        // One transaction: retried after an unknown outcome only when a replay would answer the same. A refusal
        // fails it with a client error, which is never retried.
        var work = plans.All(p => p.Plan.RetrySafe) ? WorkKind.RetrySafe : WorkKind.NotRetrySafe;
        var held = sources.Held;
        var statements = new List<CypherStatement>();
        var writeAt = new int[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            statements.AddRange(plans[i].Plan.Statements.Select(statement => SourceCache.Stamp(statement, held)));
            writeAt[i] = statements.Count - 1;
        }

        // Last, so the indexes above stay the statements' own: a later load then restores seed data this request edited.
        statements.Add(DatasetRecord.MarkWritten);

        var started = Stopwatch.StartNew();
        IReadOnlyList<CypherResult> results;
        try
        {
            results = await cypher.RunAsync(statements, work, context.CancellationToken);
        }
        catch (Neo4jException e) when (Refused(e, plans, writeAt) is { } refused)
        {
            Record(plans, started.Elapsed.TotalMilliseconds);
            var (index, error) = refused;
            var key = plans[index].Key;
            foreach (var (other, _) in plans)
            {
                outcomes[other] = RootOutcome.Failed(ApiError.Create(
                    ErrorCodes.NotWritten,
                    $"Nothing was written: '{key}' of this request was refused, and a request writes all its fields or none (fields after it were not checked against the graph). Correct it and send the request again."));
            }

            outcomes[key] = RootOutcome.Failed(error);
            return outcomes;
        }
        catch (Neo4jException e) when (e is not Neo4jUnavailableException)
        {
            // An unreachable server is not this request's fault: it travels on to the endpoint, which answers 503.
            ApiLog.DatabaseError(logger, e.Code, e);
            var message = e.IsTransient
                ? "The graph database was busy; nothing of it was written (its fields are written in one transaction). Send it again."
                : "The graph database could not run this request; nothing of it was written (its fields are written in one transaction).";

            // One error per field: GraphQL sets each error's path.
            return plans.ToDictionary(p => p.Key, _ => RootOutcome.Failed(ApiError.Create(ErrorCodes.DatabaseError, message)), StringComparer.Ordinal);
        }

        Record(plans, started.Elapsed.TotalMilliseconds);
        for (var i = 0; i < plans.Count; i++)
        {
            outcomes[plans[i].Key] = plans[i].Plan.Read(results[writeAt[i]]);
            Sources = sources.Read(results[writeAt[i]], held) ?? Sources;
        }

        return outcomes;
    }

    /// <summary>
    /// The field whose write failed on its guard, and its refusal as its check read it: the check must be the last
    /// statement that completed and must report a refusal. Anything else is a database error.
    /// </summary>
    private static (int Index, ExecutionError Error)? Refused(Neo4jException e, List<(string Key, MutationPlan Plan)> plans, int[] writeAt)
    {
        if (e.Code != Neo4jErrorCodes.ArithmeticError)
        {
            return null;
        }

        var failed = e.CompletedResults.Count;
        var index = Array.IndexOf(writeAt, failed);
        if (index < 0 || plans[index].Plan.Check is null)
        {
            return null;
        }

        return plans[index].Plan.Refusal(e.CompletedResults[failed - 1]) is { } error ? (index, error) : null;
    }

    private void Record(List<(string Key, MutationPlan Plan)> plans, double elapsed)
    {
        foreach (var (key, plan) in plans)
        {
            foreach (var statement in plan.Statements)
            {
                executed.Add(new ExecutedStatement(key, statement.Text, elapsed));
            }
        }
    }
}
