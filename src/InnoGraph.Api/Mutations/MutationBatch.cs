using System.Diagnostics;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using InnoGraph.Api.Execution;
using InnoGraph.Api.Operations;
using InnoGraph.Api.Translation;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Sends the statements of every mutation field of the operation in one implicit transaction:
/// one round trip, all or nothing. Statements run in field order, so a field sees what earlier
/// fields wrote, as GraphQL's serial execution of mutations requires. Input is checked for every
/// field before anything is sent; when any field is invalid, nothing is sent.
/// </summary>
internal sealed class MutationBatch(ICypherClient cypher, List<ExecutedStatement> executed, TimeProvider clock, ILogger logger)
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

    private async Task<IReadOnlyDictionary<string, RootOutcome>> ExecuteAsync(IResolveFieldContext context, string actor)
    {
        var reader = new SelectionReader(context.Schema, context.Document, context.Variables);
        var roots = reader.Read(context.Operation.SelectionSet, (IComplexGraphType)context.ParentType);
        var now = clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var outcomes = new Dictionary<string, RootOutcome>(StringComparer.Ordinal);
        var plans = new List<(string Key, MutationPlan Plan)>();
        foreach (var root in roots.Where(r => MutationPlanner.Handles(r.FieldName)))
        {
            try
            {
                plans.Add((root.ResponseKey, MutationPlanner.Plan(root, actor, now)));
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

        // One transaction: retried after an unknown outcome only when a replay would answer the same.
        var work = plans.All(p => p.Plan.RetrySafe) ? WorkKind.RetrySafe : WorkKind.NotRetrySafe;
        var started = Stopwatch.StartNew();
        IReadOnlyList<CypherResult> results;
        try
        {
            results = await cypher.RunAsync([.. plans.Select(p => p.Plan.Statement)], work, context.CancellationToken);
        }
        catch (Neo4jException e)
        {
            ApiLog.DatabaseError(logger, e.Code, e);
            var message = e.IsTransient
                ? "The graph database was busy; nothing of it was written (its fields are written in one transaction). Send it again."
                : "The graph database could not run this request; nothing of it was written (its fields are written in one transaction).";

            // One error per field: GraphQL sets each error's path.
            return plans.ToDictionary(p => p.Key, _ => RootOutcome.Failed(ApiError.Create(ErrorCodes.DatabaseError, message)), StringComparer.Ordinal);
        }

        var elapsed = started.Elapsed.TotalMilliseconds;
        for (var i = 0; i < plans.Count; i++)
        {
            executed.Add(new ExecutedStatement(plans[i].Key, plans[i].Plan.Statement.Text, elapsed));
            outcomes[plans[i].Key] = plans[i].Plan.Read(results[i]);
        }

        return outcomes;
    }
}
