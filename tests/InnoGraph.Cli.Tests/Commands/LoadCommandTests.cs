using InnoGraph.Cli.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Cli.Tests.Commands;

/// <summary><c>innograph load</c> checks the seeds before it looks for a Neo4j; loading itself is tested against a real one in the integration tests.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class LoadCommandTests
{
    [Fact]
    public async Task seeds_with_problems_are_refused_with_exit_code_3_before_any_neo4j_is_looked_for()
    {
        using var seeds = new TemporaryDirectory();
        SeedFolders.WriteBroken(seeds.Path);

        var outcome = await InProcessCli.RunAsync("load", "--seeds", seeds.Path);

        outcome.ExitCode.Should().Be(3, "with no Neo4j anywhere, a later check would have answered 4");
        outcome.Stderr.Should().Contain("nothing was written").And.Contain("error: Fix the problems above, then run the command again (innograph validate checks without loading).");
    }

    [Fact]
    public async Task valid_seeds_without_a_neo4j_to_load_them_into_are_exit_code_4()
    {
        using var seeds = new TemporaryDirectory();
        SeedFolders.WriteValid(seeds.Path);

        var outcome = await InProcessCli.RunAsync("load", "--seeds", seeds.Path);

        outcome.ExitCode.Should().Be(4);
        outcome.Stderr.Should().Contain("No Neo4j to talk to").And.Contain("innograph neo4j start");
    }
}
