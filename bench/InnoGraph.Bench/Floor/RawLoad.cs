using System.Diagnostics;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Graph.Storage;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// The floor of a load: the rows <c>innograph load</c> writes (the same property maps, from
/// <see cref="StoredEntity"/> and <see cref="StoredRelation"/>) as plain <c>UNWIND ... MERGE</c>
/// batches of the loader's size, the loader's number of statements to a request and rows to a transaction —
/// with the name and search key nodes and links the loader writes, without validation, versions, stale removal or statistics.
/// </summary>
public static class RawLoad
{
    private const int BatchSize = SeedLoader.BatchSize;
    private const int StatementsPerRequest = SeedLoader.StatementsPerRequest;

    public static async Task<TimeSpan> RunAsync(ICypherClient client, SeedDataset dataset, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var total = dataset.Entities.Count + dataset.Relations.Count;
        var done = 0;
        var reported = 0;
        foreach (var transaction in LoadTransaction.Pack(Statements(dataset), SeedLoader.RowsPerTransaction))
        {
            await client.InTransactionAsync(
                async (tx, token) =>
                {
                    foreach (var group in transaction.Steps.Chunk(StatementsPerRequest))
                    {
                        await tx.RunAsync(group.Select(g => g.Statement).ToList(), token);
                    }

                    return transaction.Rows;
                },
                WorkKind.RetrySafe,
                cancellationToken);
            done += transaction.Rows;
            if (done - reported >= total / 10 || done == total)
            {
                reported = done;
                Console.WriteLine($"[raw load] {done}/{total} rows, {watch.Elapsed.TotalSeconds:F0} s");
            }
        }

        return watch.Elapsed;
    }

    private static IEnumerable<LoadStep> Statements(SeedDataset dataset)
    {
        var version = dataset.Version;
        foreach (var group in dataset.Entities.GroupBy(e => e.Kind))
        {
            // The label comes from the kind allowlist, never from input.
            var text = $"UNWIND $rows AS row MERGE (e:Entity {{id: row.id}}) SET e = row SET e:{EntityKinds.Of(group.Key).Label} " +
                $"FOREACH (key IN row.{StoredProperties.NameKeys} | MERGE (k:NameKey {{key: key}}) CREATE (k)-[:NAMES]->(e)) " +
                $"FOREACH (key IN row.{StoredProperties.SearchKeys} | MERGE (k:SearchKey {{key: key}}) CREATE (k)-[:SEARCHES]->(e))";
            foreach (var batch in group.Chunk(BatchSize))
            {
                yield return new LoadStep("entities", CypherStatement.Of(text, ("rows", batch.Select(e => StoredEntity.Seeded(e, version)).ToList())), batch.Length);
            }
        }

        foreach (var group in dataset.Relations.GroupBy(r => r.Type))
        {
            // Both ends by MERGE on the id's constraint, as the loader finds them: a MATCH is planned by 3.1 as an index scan per
            // row when the index's statistics are stale, and a floor caught by that would flatter any loader.
            var text = $"UNWIND $rows AS row MERGE (a:Entity {{id: row.from}}) MERGE (b:Entity {{id: row.to}}) MERGE (a)-[r:{RelationTypes.Of(group.Key).Name} {{id: row.props.id}}]->(b) SET r = row.props";
            foreach (var batch in group.Chunk(BatchSize))
            {
                yield return new LoadStep("relations", CypherStatement.Of(text, ("rows", batch.Select(r => (object)new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["from"] = r.From,
                    ["to"] = r.To,
                    ["props"] = StoredRelation.Seeded(r, version),
                }).ToList())), batch.Length);
            }
        }
    }

    /// <summary>Deletes every node and relationship, in batches a 3.1 heap takes; the schema stays.</summary>
    public static async Task ClearAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await client.RunAsync(CypherStatement.Of("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted"), WorkKind.RetrySafe, cancellationToken);
            if (result.Scalars<long>()[0] == 0)
            {
                return;
            }
        }
    }
}
