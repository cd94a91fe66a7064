using InnoGraph.Graph.Loading;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Loading;

[Collection(SeededGraphCollection.Name)]
public sealed class LoadTwiceTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task load_twice_leaves_the_same_graph_node_for_node_and_property_for_property()
    {
        var before = await GraphSnapshot.TakeAsync(graph.Cypher);

        var report = await new SeedLoader(graph.Cypher).LoadAsync(graph.Dataset, progress: null, CancellationToken.None);

        var after = await GraphSnapshot.TakeAsync(graph.Cypher);
        after.Should().Equal(before);
        report.RemovedEntities.Should().Be(0);
        report.RemovedRelations.Should().Be(0);
        report.Stats.EntityTotal.Should().Be(graph.Dataset.Entities.Count);
        report.Stats.RelationTotal.Should().Be(graph.Dataset.Relations.Count);
    }

    [Fact]
    public async Task the_cli_load_twice_gives_identical_stats_json()
    {
        var firstLoad = await CliProcess.RunAsync(graph.Neo4j.Options, "load");
        var first = await CliProcess.RunAsync(graph.Neo4j.Options, "stats", "--json");
        var secondLoad = await CliProcess.RunAsync(graph.Neo4j.Options, "load");
        var second = await CliProcess.RunAsync(graph.Neo4j.Options, "stats", "--json");

        firstLoad.ExitCode.Should().Be(0, firstLoad.Stderr);
        secondLoad.ExitCode.Should().Be(0, secondLoad.Stderr);
        secondLoad.Stderr.Should().Contain("[").And.Contain("removing stale seed data", "the load shows its progress");
        first.Stdout.Should().Be(second.Stdout);
        first.Stdout.Should().Contain("\"RESPONSIBLE_FOR\"").And.Contain("\"Task\"");
    }
}
