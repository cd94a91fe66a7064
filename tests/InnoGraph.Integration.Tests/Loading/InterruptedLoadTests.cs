using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Graph.Stats;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Loading;

[Collection(ScratchNeo4jCollection.Name)]
public sealed class InterruptedLoadTests(ScratchNeo4jFixture neo4j)
{
    private static readonly SeedDataset Dataset = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds).Dataset!;

    [Fact]
    public async Task stopping_neo4j_in_the_middle_of_a_load_gives_a_clear_error_leaves_nothing_half_written_and_a_rerun_completes()
    {
        (Dataset.Entities.Count + Dataset.Relations.Count).Should().BeLessThan(SeedLoader.RowsPerTransaction, "the seeds are written in one transaction");
        await neo4j.ClearAsync();
        var stopped = false;
        var stopAfterFirstBatch = new StopOnce(() =>
        {
            stopped = true;
            neo4j.Server.StopAsync().GetAwaiter().GetResult();
        });

        using (var client = neo4j.NewClient(maxRetries: 2))
        {
            var load = () => new SeedLoader(client).LoadAsync(Dataset, stopAfterFirstBatch, CancellationToken.None);

            var error = (await load.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
            error.Message.Should().Contain("not available").And.Contain("run the command again");
        }

        stopped.Should().BeTrue("the server was stopped after the first batch had been sent");
        await neo4j.RestartAsync();
        using var rerunClient = neo4j.NewClient();
        (await new GraphStatsReader(rerunClient).ReadAsync(CancellationToken.None)).EntityTotal
            .Should().Be(0, "the seeds fit one transaction, which was never committed");

        var report = await new SeedLoader(rerunClient).LoadAsync(Dataset, progress: null, CancellationToken.None);

        report.Stats.EntityTotal.Should().Be(Dataset.Entities.Count);
        report.Stats.RelationTotal.Should().Be(Dataset.Relations.Count);
    }

    [Fact]
    public async Task seed_data_no_longer_in_the_seeds_is_removed_on_the_next_load_and_data_added_another_way_stays()
    {
        await neo4j.ClearAsync();
        using var client = neo4j.NewClient();
        await new SeedLoader(client).LoadAsync(Dataset, progress: null, CancellationToken.None);
        await client.RunAsync(
            new CypherStatement("""
                MATCH (j:Entity {id: 'region.jiaxing'})
                CREATE (n:Entity:Platform {id: 'plat.added-by-a-user', kind: 'Platform', name: '用户平台', origin: 'api', sources: ['d001:p1']})
                CREATE (n)-[:LOCATED_IN {id: 'plat.added-by-a-user|LOCATED_IN|region.jiaxing', origin: 'api', sources: ['d001:p1']}]->(j)
                """),
            WorkKind.NotRetrySafe,
            CancellationToken.None);
        const string dropped = "inst.tsinghua-yangtze-delta";
        var reduced = Dataset with
        {
            Entities = Dataset.Entities.Where(e => e.Id != dropped).ToList(),
            Relations = Dataset.Relations.Where(r => r.From != dropped && r.To != dropped).ToList(),
            Version = Dataset.Version + "-reduced",
        };

        var report = await new SeedLoader(client).LoadAsync(reduced, progress: null, CancellationToken.None);

        report.RemovedEntities.Should().Be(1);
        report.RemovedRelations.Should().Be(Dataset.Relations.Count - reduced.Relations.Count);
        var remaining = await client.RunAsync(
            new CypherStatement("""
                OPTIONAL MATCH (gone:Entity {id: $dropped})
                OPTIONAL MATCH (kept:Entity {id: 'plat.added-by-a-user'})-[r:LOCATED_IN]->(:Entity {id: 'region.jiaxing'})
                RETURN count(gone) AS gone, count(kept) AS kept, count(r) AS keptRelation
                """, new Dictionary<string, object?> { ["dropped"] = dropped }),
            WorkKind.RetrySafe,
            CancellationToken.None);
        remaining.As<Remaining>().Single().Should().Be(new Remaining(0, 1, 1));
        report.Stats.EntityTotal.Should().Be(reduced.Entities.Count + 1);
    }

    [Fact]
    public async Task a_load_of_several_transactions_stopped_after_the_first_commit_is_never_taken_for_complete_and_a_rerun_completes_it()
    {
        await neo4j.ClearAsync();
        using (var client = neo4j.NewClient())
        {
            await new SeedLoader(client).LoadAsync(Dataset, progress: null, CancellationToken.None);
        }

        // One step a transaction: the second progress report comes from the second transaction, once the first has committed.
        var next = Dataset with { Version = Dataset.Version + "-next" };
        var stopInSecondTransaction = new StopOnce(() => neo4j.Server.StopAsync().GetAwaiter().GetResult(), atReport: 2);
        using (var client = neo4j.NewClient(maxRetries: 2))
        {
            var load = () => new SeedLoader(client, rowsPerTransaction: 1).LoadAsync(next, stopInSecondTransaction, CancellationToken.None);
            await load.Should().ThrowAsync<Neo4jUnavailableException>();
        }

        await neo4j.RestartAsync();
        using var rerunClient = neo4j.NewClient();
        (await VersionCountsAsync(rerunClient, next.Version)).Should().BeInRange(1, Dataset.Entities.Count - 1, "the first transaction committed, the rest did not");
        var record = await DatasetRecord.ReadAsync(rerunClient, CancellationToken.None);
        record.Holds(Dataset.Version).Should().BeFalse("the graph no longer holds only the last complete load");
        record.Holds(next.Version).Should().BeFalse("the interrupted load never recorded itself");

        var report = await new SeedLoader(rerunClient, rowsPerTransaction: 1000).LoadAsync(Dataset, progress: null, skipWhenUnchanged: true, CancellationToken.None);

        report.Skipped.Should().BeFalse();
        (await VersionCountsAsync(rerunClient, Dataset.Version)).Should().Be(Dataset.Entities.Count);
        report.Stats.EntityTotal.Should().Be(Dataset.Entities.Count);
        report.Stats.RelationTotal.Should().Be(Dataset.Relations.Count);
        (await DatasetRecord.ReadAsync(rerunClient, CancellationToken.None)).Holds(Dataset.Version).Should().BeTrue();
    }

    [Fact]
    public async Task stale_seed_data_too_large_for_one_transaction_is_removed_in_several_and_counted_once()
    {
        await neo4j.ClearAsync();
        using var client = neo4j.NewClient();
        await new SeedLoader(client).LoadAsync(Dataset, progress: null, CancellationToken.None);
        var kept = Dataset.Entities.Take(100).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var reduced = Dataset with
        {
            Entities = Dataset.Entities.Where(e => kept.Contains(e.Id)).ToList(),
            Relations = Dataset.Relations.Where(r => kept.Contains(r.From) && kept.Contains(r.To)).ToList(),
            Version = Dataset.Version + "-reduced",
        };

        var counting = new TransactionCountingClient(client);
        var report = await new SeedLoader(counting, rowsPerTransaction: 600).LoadAsync(reduced, progress: null, CancellationToken.None);

        (Dataset.Relations.Count - reduced.Relations.Count).Should().BeGreaterThan(SeedLoader.BatchSize, "the removal takes several batches");
        (reduced.Entities.Count + reduced.Relations.Count).Should().BeLessThan(600, "the rows themselves fit one transaction");
        counting.Transactions.Should().BeGreaterThan(1, "the stale data is more than the one transaction that writes the rows has room for");
        report.RemovedEntities.Should().Be(Dataset.Entities.Count - reduced.Entities.Count);
        report.RemovedRelations.Should().Be(Dataset.Relations.Count - reduced.Relations.Count);
        report.Stats.EntityTotal.Should().Be(reduced.Entities.Count);
        report.Stats.RelationTotal.Should().Be(reduced.Relations.Count);
        (await DatasetRecord.ReadAsync(client, CancellationToken.None)).Holds(reduced.Version).Should().BeTrue();
        (await KeysNamingNothingAsync(client)).Should().Be(0, "a removed entity takes the keys only it had");
        var keptNames = reduced.Entities.Select(e => e.Name).ToList();
        (await client.RunAsync(CypherStatement.Of("MATCH (e:Entity) WHERE e.name IN $names AND NOT (e)<-[:NAMES]-(:NameKey) RETURN count(e) AS n", ("names", keptNames)), WorkKind.RetrySafe, CancellationToken.None))
            .Scalars<long>()[0].Should().Be(0, "the entities that stay keep their keys, shared ones too");
    }

    private static async Task<long> KeysNamingNothingAsync(ICypherClient client) =>
        (await client.RunAsync(
            CypherStatement.Of("MATCH (k) WHERE (k:NameKey OR k:SearchKey) AND NOT (k)-->() RETURN count(k) AS n"),
            WorkKind.RetrySafe,
            CancellationToken.None)).Scalars<long>()[0];

    private static async Task<long> VersionCountsAsync(ICypherClient client, string version) =>
        (await client.RunAsync(
            CypherStatement.Of("MATCH (e:Entity) WHERE e.seedVersion = $version RETURN count(e) AS n", ("version", version)),
            WorkKind.RetrySafe,
            CancellationToken.None)).Scalars<long>()[0];

    private sealed record Remaining(int Gone, int Kept, int KeptRelation);

    private sealed class StopOnce(Action stop, int atReport = 1) : IProgress<LoadProgress>
    {
        private int _reports;

        public void Report(LoadProgress value)
        {
            if (Interlocked.Increment(ref _reports) == atReport)
            {
                stop();
            }
        }
    }
}
