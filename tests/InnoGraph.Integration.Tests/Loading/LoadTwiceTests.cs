using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;
using InnoGraph.Graph.Loading;
using InnoGraph.Integration.Tests.Api;
using InnoGraph.Graph.Stats;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Loading;

[Collection(SeededGraphCollection.Name)]
public sealed partial class LoadTwiceTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task load_twice_leaves_the_same_graph_node_for_node_and_property_for_property()
    {
        var before = await GraphSnapshot.TakeAsync(graph.Cypher);
        var statsBefore = await new GraphStatsReader(graph.Cypher).ReadAsync(CancellationToken.None);

        var report = await new SeedLoader(graph.Cypher).LoadAsync(graph.Dataset, progress: null, CancellationToken.None);

        // The load's record says whether anything wrote since the last load: other tests of the collection may have.
        var after = await GraphSnapshot.TakeAsync(graph.Cypher);
        after.Where(NotTheLoadRecord).Should().Equal(before.Where(NotTheLoadRecord));
        report.RemovedEntities.Should().Be(0);
        report.RemovedRelations.Should().Be(0);

        // Other tests of the collection add entities of their own through the API; the load keeps them.
        report.Stats.Entities.Should().Equal(statsBefore.Entities);
        report.Stats.Relations.Should().Equal(statsBefore.Relations);
        (await SeededCountsAsync()).Should().Be((graph.Dataset.Entities.Count, graph.Dataset.Relations.Count));
    }

    [Fact]
    public async Task the_cli_load_twice_reports_its_progress_removes_nothing_and_leaves_the_graph_unchanged()
    {
        var firstLoad = await CliProcess.RunAsync(graph.Neo4j.Options, "load", "--force");
        var first = await CliProcess.RunAsync(graph.Neo4j.Options, "stats", "--json");
        var snapshot = await GraphSnapshot.TakeAsync(graph.Cypher);
        var stats = await new GraphStatsReader(graph.Cypher).ReadAsync(CancellationToken.None);

        var secondLoad = await CliProcess.RunAsync(graph.Neo4j.Options, "load", "--force");
        var second = await CliProcess.RunAsync(graph.Neo4j.Options, "stats", "--json");

        firstLoad.ExitCode.Should().Be(0, firstLoad.Stderr);
        secondLoad.ExitCode.Should().Be(0, secondLoad.Stderr);
        (await GraphSnapshot.TakeAsync(graph.Cypher)).Should().Equal(snapshot, "the second load changes no node, relation or property");
        second.Stdout.Should().Be(first.Stdout);
        first.Stdout.Should().Contain("\"RESPONSIBLE_FOR\"").And.Contain("\"Task\"");
        ShouldReportTheLoad(firstLoad, stats);
        ShouldReportTheLoad(secondLoad, stats);
    }

    [Fact]
    public async Task the_cli_load_of_seeds_the_graph_already_holds_unwritten_since_writes_nothing_and_says_so()
    {
        var forced = await CliProcess.RunAsync(graph.Neo4j.Options, "load", "--force");
        var snapshot = await GraphSnapshot.TakeAsync(graph.Cypher);
        var stats = await new GraphStatsReader(graph.Cypher).ReadAsync(CancellationToken.None);

        var again = await CliProcess.RunAsync(graph.Neo4j.Options, "load");

        forced.ExitCode.Should().Be(0, forced.Stderr);
        again.ExitCode.Should().Be(0, again.Stderr);
        var lines = again.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines[^1].Should().Be($"Unchanged since the last load, nothing written: the graph holds version {graph.Dataset.Version} and nothing has written to it since; --force reloads.");
        lines.Should().NotContain(l => ProgressLine().IsMatch(l), "no statement of the load was sent");
        again.Stdout.Should().Contain($"Entities ({stats.EntityTotal})", "the counts are printed as after a load");
        (await GraphSnapshot.TakeAsync(graph.Cypher)).Should().Equal(snapshot);
    }

    [Fact]
    public async Task a_load_after_an_api_write_to_a_seeded_entity_is_not_skipped_and_restores_the_seeded_values()
    {
        var loader = new SeedLoader(graph.Cypher);
        await loader.LoadAsync(graph.Dataset, progress: null, CancellationToken.None);
        var seeded = graph.Dataset.Entities.Where(e => e.Kind == EntityKind.Institute).OrderBy(e => e.Id, StringComparer.Ordinal).First();
        var before = await GraphSnapshot.TakeAsync(graph.Cypher);
        (await loader.LoadAsync(graph.Dataset, progress: null, skipWhenUnchanged: true, CancellationToken.None)).Skipped.Should().BeTrue();

        await SharedApi.For(graph).GraphQL().DataAsync(
            "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }",
            new { input = new { id = seeded.Id, kind = seeded.Kind.ToString(), name = seeded.Name + "（改）", sources = seeded.Sources } },
            SeededApiFactory.Key);
        (await NameAsync(seeded.Id)).Should().Be(seeded.Name + "（改）");

        var report = await loader.LoadAsync(graph.Dataset, progress: null, skipWhenUnchanged: true, CancellationToken.None);

        report.Skipped.Should().BeFalse("the API wrote to the graph since the last load");
        (await NameAsync(seeded.Id)).Should().Be(seeded.Name);
        (await GraphSnapshot.TakeAsync(graph.Cypher)).Should().Equal(before);
        (await loader.LoadAsync(graph.Dataset, progress: null, skipWhenUnchanged: true, CancellationToken.None)).Skipped.Should().BeTrue("nothing wrote since the restoring load");
    }

    /// <summary>The load's stderr: server, plan, one progress line per request of the transaction, the removal and the result; its stdout: the counts.</summary>
    private void ShouldReportTheLoad(CliProcess.Outcome load, GraphStats stats)
    {
        var dataset = graph.Dataset;
        var lines = load.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().HaveCountGreaterThan(3, load.Stderr);
        lines[0].Should().MatchRegex(@"^Neo4j \S+ \(\S+ endpoint, schema dialect \S+\)\.$");
        lines[1].Should().Be($"Loading {dataset.Entities.Count} entities and {dataset.Relations.Count} relations (version {dataset.Version}) ...");
        lines[^1].Should().Be($"Loaded: {stats.EntityTotal} entities, {stats.RelationTotal} relations; removed as no longer seeded: 0 entities, 0 relations.");

        var statements = dataset.Entities.GroupBy(e => e.Kind).Sum(g => Batches(g.Count()))
            + dataset.Relations.GroupBy(r => r.Type).Sum(g => Batches(g.Count()));
        var progress = lines[2..^1].Select(l => ProgressLine().Match(l)).ToList();
        progress.Should().OnlyContain(m => m.Success, load.Stderr);
        progress.Should().HaveCount(((statements + SeedLoader.StatementsPerRequest - 1) / SeedLoader.StatementsPerRequest) + 1, load.Stderr);
        progress.Select(m => int.Parse(m.Groups["total"].Value)).Should().AllBeEquivalentTo(statements);
        var done = progress.Select(m => int.Parse(m.Groups["done"].Value)).ToList();
        done[..^1].Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        done[^2].Should().Be(statements);
        done[^1].Should().Be(statements);
        progress[^1].Groups["step"].Value.Should().Be("removing stale seed data");
        progress[0].Groups["step"].Value.Should().StartWith("entities: ");
        progress[^2].Groups["step"].Value.Should().StartWith("relations: ");

        load.Stdout.Should().Contain($"Entities ({stats.EntityTotal})").And.Contain($"Relations ({stats.RelationTotal})");
        foreach (var (kind, count) in stats.Entities)
        {
            load.Stdout.Should().MatchRegex($@"(?m)^  {Regex.Escape(kind)}\s+{count}\s*$");
        }
    }

    private static bool NotTheLoadRecord(string line) => !line.Contains("writtenSinceLoad:", StringComparison.Ordinal);

    private static int Batches(int rows) => (rows + SeedLoader.BatchSize - 1) / SeedLoader.BatchSize;

    private async Task<(int Entities, int Relations)> SeededCountsAsync()
    {
        var entities = await graph.QueryAsync<CountRow>("MATCH (n:Entity {origin: 'seed'}) RETURN count(n) AS count");
        var relations = await graph.QueryAsync<CountRow>("MATCH (:Entity)-[r {origin: 'seed'}]->(:Entity) RETURN count(r) AS count");
        return ((int)entities[0].Count, (int)relations[0].Count);
    }

    [GeneratedRegex(@"^  \[(?<done>\d+)/(?<total>\d+)\] (?<step>.+)$")]
    private static partial Regex ProgressLine();

    private async Task<string> NameAsync(string id) =>
        (await graph.QueryAsync<NameRow>("MATCH (n:Entity {id: $id}) RETURN n.name AS name", ("id", id))).Single().Name;

    private sealed record CountRow(long Count);

    private sealed record NameRow(string Name);
}
