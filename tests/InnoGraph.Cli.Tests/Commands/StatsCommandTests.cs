using InnoGraph.Cli.Tests.Support;

namespace InnoGraph.Cli.Tests.Commands;

/// <summary>Which Neo4j <c>innograph stats</c> (like every command that reads the graph) talks to, when there is none to talk to.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class StatsCommandTests
{
    [Fact]
    public async Task without_neo4j_uri_or_a_running_local_neo4j_it_says_how_to_get_one_with_exit_code_4()
    {
        var outcome = await InProcessCli.RunAsync("stats");

        outcome.ExitCode.Should().Be(4);
        outcome.Stderr.Should().Be("error: No Neo4j to talk to: start the local one with 'innograph neo4j start', or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to use another." + Environment.NewLine);
    }

    [Fact]
    public async Task a_neo4j_uri_that_is_not_http_is_wrong_usage_before_anything_is_sent()
    {
        var outcome = await InProcessCli.RunAsync(new Dictionary<string, string?> { ["NEO4J_URI"] = "neo4j://db:7687" }, "stats", "--json");

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().Contain("neo4j://").And.Contain("http://db:7474");
        outcome.Stdout.Should().BeEmpty();
    }
}
