using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Schema;
using InnoGraph.Graph.Stats;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// Writes a checked dataset in one explicit transaction: batched <c>UNWIND ... MERGE</c> per kind
/// and relation type, then removal of seed data the dataset no longer holds. Either all of it is
/// committed or none; running it again with the same seeds changes nothing, so a failed load is
/// simply run again. A load may skip (<see cref="LoadAsync(SeedDataset, IProgress{LoadProgress}?, bool, CancellationToken)"/>)
/// when the graph already holds the dataset's version and nothing else has written to it since
/// (<see cref="DatasetRecord"/>).
/// </summary>
public sealed class SeedLoader(ICypherClient client)
{
    /// <summary>Rows per UNWIND statement.</summary>
    public const int BatchSize = 500;

    /// <summary>Statements per HTTP request inside the transaction.</summary>
    public const int StatementsPerRequest = 8;

    /// <summary>Writes the dataset, whatever the graph holds.</summary>
    public Task<LoadReport> LoadAsync(SeedDataset dataset, IProgress<LoadProgress>? progress, CancellationToken cancellationToken) =>
        LoadAsync(dataset, progress, skipWhenUnchanged: false, cancellationToken);

    /// <summary>
    /// Writes the dataset; with <paramref name="skipWhenUnchanged"/>, writes nothing when the last load
    /// wrote this version under this schema and nothing has written to the graph since.
    /// </summary>
    public async Task<LoadReport> LoadAsync(SeedDataset dataset, IProgress<LoadProgress>? progress, bool skipWhenUnchanged, CancellationToken cancellationToken)
    {
        if (skipWhenUnchanged && (await DatasetRecord.ReadAsync(client, cancellationToken)).Holds(dataset.Version))
        {
            return new LoadReport(dataset.Version, 0, 0, await new GraphStatsReader(client).ReadAsync(cancellationToken)) { Skipped = true };
        }

        await new GraphSchema(client).ApplyAsync(cancellationToken);
        var total = StatementCount(dataset);
        var (removedEntities, removedRelations) = await client.InTransactionAsync(
            async (transaction, token) =>
            {
                // Stale removal scans every entity and relation inside the transaction; onto a graph
                // without seed data (a first load) there is nothing for it to find.
                var found = await transaction.RunAsync(GraphStatements.FindSeedData(), token);
                var seededBefore = found.Any(f => f.Scalars<long>()[0] > 0);

                // Statements are built a request at a time and dropped once sent: the dataset is held
                // once, as the compiled entities and relations, never a second time as parameter maps.
                var done = 0;
                foreach (var group in Statements(dataset).Chunk(StatementsPerRequest))
                {
                    await transaction.RunAsync(group.Select(s => s.Statement).ToList(), token);
                    done += group.Length;
                    progress?.Report(new LoadProgress(group[^1].Step, done, total));
                }

                var removal = seededBefore ? GraphStatements.RemoveStale(dataset.Version) : [];
                var removed = await transaction.RunAsync([.. removal, DatasetRecord.Record(dataset.Version)], token);
                progress?.Report(new LoadProgress("removing stale seed data", total, total));
                return seededBefore ? (removed[1].Scalars<long>()[0], removed[0].Scalars<long>()[0]) : (0L, 0L);
            },
            WorkKind.RetrySafe,
            cancellationToken);

        var stats = await new GraphStatsReader(client).ReadAsync(cancellationToken);
        return new LoadReport(dataset.Version, removedEntities, removedRelations, stats);
    }

    private static int StatementCount(SeedDataset dataset) =>
        dataset.Entities.GroupBy(e => e.Kind).Sum(g => Batches(g.Count()))
        + dataset.Relations.GroupBy(r => r.Type).Sum(g => Batches(g.Count()));

    private static int Batches(int rows) => (rows + BatchSize - 1) / BatchSize;

    private static IEnumerable<(string Step, CypherStatement Statement)> Statements(SeedDataset dataset)
    {
        foreach (var group in dataset.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            foreach (var batch in group.Chunk(BatchSize))
            {
                yield return ($"entities: {group.Key}", GraphStatements.UpsertEntities(group.Key, batch, dataset.Version));
            }
        }

        foreach (var group in dataset.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            foreach (var batch in group.Chunk(BatchSize))
            {
                yield return ($"relations: {RelationTypes.Of(group.Key).Name}", GraphStatements.UpsertRelations(group.Key, batch, dataset.Version));
            }
        }
    }
}
