using InnoGraph.Cli.Tests.Support;

namespace InnoGraph.Cli.Tests.Commands;

/// <summary><c>innograph neo4j</c> on an empty cache of the test's own; starting a real one is tested in the launcher's and the integration tests.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class Neo4jCommandTests
{
    [Fact]
    public async Task status_without_a_local_neo4j_says_how_to_start_one_with_exit_code_4()
    {
        var outcome = await InProcessCli.RunAsync("neo4j", "status");

        outcome.ExitCode.Should().Be(4, "scripts test for a running server with the exit code");
        outcome.Stdout.Should().Be("not running ('innograph neo4j start' starts it)" + Environment.NewLine);
    }

    [Fact]
    public async Task stop_without_a_local_neo4j_succeeds_and_says_so()
    {
        var outcome = await InProcessCli.RunAsync("neo4j", "stop");

        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        outcome.Stdout.Should().Be("The local Neo4j was not running." + Environment.NewLine);
    }

    [Fact]
    public async Task start_with_a_heap_setting_that_is_not_a_size_is_wrong_usage_and_starts_nothing()
    {
        var outcome = await InProcessCli.RunAsync(new Dictionary<string, string?> { ["INNOGRAPH_NEO4J_HEAP"] = "lots" }, "neo4j", "start");

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().StartWith("error: INNOGRAPH_NEO4J_HEAP='lots' is not a heap size");
        outcome.Stdout.Should().BeEmpty("nothing was started");
    }
}
