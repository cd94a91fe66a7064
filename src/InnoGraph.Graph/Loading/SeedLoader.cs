using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Schema;
using InnoGraph.Graph.Stats;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// Writes checked seeds as batched <c>UNWIND ... MERGE</c> per kind and relation type, then removes seed
/// data the dataset no longer holds, in transactions of at most <see cref="RowsPerTransaction"/> rows, so that
/// a dataset of any size fits the server's memory. A dataset within that size (the curated seeds are) is
/// written in one transaction, all or nothing. A larger one commits as it goes: its first statement marks the
/// graph as written since its last load, and only its last transaction records the load, so an interrupted
/// load is never taken for a complete one; running it again completes it, and with the same seeds changes
/// nothing. A load may skip (<see cref="LoadAsync(ISeedRows, IProgress{LoadProgress}?, bool, CancellationToken)"/>)
/// when the graph already holds the dataset's version and nothing else has written to it since
/// (<see cref="DatasetRecord"/>).
/// </summary>
public sealed class SeedLoader(ICypherClient client, int rowsPerTransaction = SeedLoader.RowsPerTransaction)
{
    /// <summary>Rows per UNWIND statement.</summary>
    public const int BatchSize = 500;

    /// <summary>Statements per HTTP request inside a transaction.</summary>
    public const int StatementsPerRequest = 8;

    /// <summary>Rows written (or stale rows removed) per transaction: what a 3.1 server's default heap holds with ease.</summary>
    public const int RowsPerTransaction = 10_000;

    /// <summary>Writes the dataset, whatever the graph holds.</summary>
    public Task<LoadReport> LoadAsync(ISeedRows dataset, IProgress<LoadProgress>? progress, CancellationToken cancellationToken) =>
        LoadAsync(dataset, progress, skipWhenUnchanged: false, cancellationToken);

    /// <summary>
    /// Writes the dataset; with <paramref name="skipWhenUnchanged"/>, writes nothing when the last load
    /// wrote this version under this schema and nothing has written to the graph since.
    /// </summary>
    public async Task<LoadReport> LoadAsync(ISeedRows dataset, IProgress<LoadProgress>? progress, bool skipWhenUnchanged, CancellationToken cancellationToken)
    {
        if (skipWhenUnchanged && (await DatasetRecord.ReadAsync(client, cancellationToken)).Holds(dataset.Version))
        {
            return new LoadReport(dataset.Version, 0, 0, await new GraphStatsReader(client).ReadAsync(cancellationToken)) { Skipped = true };
        }

        await new GraphSchema(client).ApplyAsync(cancellationToken);

        // Stale removal scans every entity and relation; onto a graph without seed data (a first load) there is nothing for it to find.
        var found = await client.RunAsync(GraphStatements.FindSeedData(), WorkKind.RetrySafe, cancellationToken);
        var removal = found.Any(f => f.Scalars<long>()[0] > 0) ? new StaleRemoval(dataset.Version) : null;
        var total = LoadSteps.Count(dataset);
        var done = 0;
        var first = true;

        // Statements are built a transaction at a time, as the rows are read, and dropped once committed: the rows
        // are never all held, neither as entities and relations nor as parameter maps.
        foreach (var transaction in LoadTransaction.Pack(LoadSteps.Of(dataset), rowsPerTransaction))
        {
            // The last transaction goes on removing stale data in further transactions while it has more than one holds.
            IReadOnlyList<LoadStep> pending = transaction.Steps;
            var complete = false;
            while (!complete)
            {
                var steps = pending;
                var startedAt = done;
                var markFirst = first;
                complete = await client.InTransactionAsync(
                    (tx, token) => WriteAsync(tx, steps, startedAt, markFirst, transaction.Last, token),
                    WorkKind.RetrySafe,
                    cancellationToken);
                removal?.Commit();
                first = false;
                done = startedAt + steps.Count;
                pending = [];
            }
        }

        var stats = await new GraphStatsReader(client).ReadAsync(cancellationToken);
        return new LoadReport(dataset.Version, removal?.Entities ?? 0, removal?.Relations ?? 0, stats);

        // One transaction's work; run again from the start when the transaction is retried.
        async Task<bool> WriteAsync(ICypherTransaction tx, IReadOnlyList<LoadStep> steps, int startedAt, bool markFirst, bool last, CancellationToken token)
        {
            var statements = steps.Select(s => s.Statement).ToList();
            var marks = markFirst ? 1 : 0;
            if (markFirst)
            {
                statements.Insert(0, DatasetRecord.MarkWritten);
            }

            var sent = 0;
            foreach (var group in statements.Chunk(StatementsPerRequest))
            {
                try
                {
                    await tx.RunAsync(group, token);
                }
                catch (Neo4jException e) when (e.Code == Neo4jErrorCodes.ArithmeticError)
                {
                    // Only a relation's guard divides: an end the graph did not hold (see load/upsert-relations.cypher).
                    var step = steps[sent + e.CompletedResults.Count - marks];
                    throw new Neo4jException(e.Code, $"{step.Name}: a relation's end is not in the graph; another writer may have removed it while the load ran. Nothing of this transaction was written: load again.", e);
                }

                sent += group.Length;
                if (sent > marks)
                {
                    progress?.Report(new LoadProgress(steps[sent - marks - 1].Name, startedAt + sent - marks, total));
                }
            }

            if (!last)
            {
                return true;
            }

            if (removal is not null && !await removal.RunAsync(tx, rowsPerTransaction - steps.Sum(s => s.Rows), token))
            {
                return false;
            }

            await tx.RunAsync([DatasetRecord.Record(dataset.Version)], token);
            progress?.Report(new LoadProgress("removing stale seed data", total, total));
            return true;
        }
    }
}
