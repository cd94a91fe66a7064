using InnoGraph.Cli.Tests.Support;

namespace InnoGraph.Cli.Tests;

/// <summary>What the command line answers before any command runs: help, and wrong usage.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class CliApplicationTests
{
    [Fact]
    public async Task without_arguments_it_prints_the_help_with_the_commands_and_the_exit_codes()
    {
        var outcome = await InProcessCli.RunAsync();

        outcome.ExitCode.Should().Be(0);
        var text = string.Join(' ', outcome.Stdout.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // however the help wraps
        text.Should().Contain("innograph serve").And.Contain("NEO4J_URI").And.Contain("Exit codes: 0 ok; 1 unexpected failure; 2 wrong usage");
        foreach (var command in new[] { "serve", "neo4j", "validate", "load", "stats", "cypher", "export" })
        {
            outcome.Stdout.Should().MatchRegex($@"(?m)^\s+{command}\b", $"the help lists the {command} command");
        }
    }

    [Fact]
    public async Task an_unknown_command_is_wrong_usage_with_a_pointer_to_the_help()
    {
        var outcome = await InProcessCli.RunAsync("frobnicate");

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().Contain("error: ").And.Contain("'frobnicate'").And.EndWith("Run 'innograph --help' for usage." + Environment.NewLine);
        outcome.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task a_port_that_is_not_a_number_is_wrong_usage_and_nothing_is_served()
    {
        var outcome = await InProcessCli.RunAsync("serve", "--port", "many");

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().Contain("'many'").And.Contain("--port");
        outcome.Stderr.Should().NotContain("GraphQL API at", "the command never ran");
    }

    [Fact]
    public async Task cypher_without_a_query_is_wrong_usage()
    {
        var outcome = await InProcessCli.RunAsync("cypher");

        outcome.ExitCode.Should().Be(2);
        outcome.Stderr.Should().StartWith("error: ").And.Contain("Run 'innograph --help' for usage.");
    }

    [Fact]
    public async Task the_seeds_option_is_accepted_before_the_command_too()
    {
        using var seeds = new InnoGraph.Testing.TemporaryDirectory();
        SeedFolders.WriteValid(seeds.Path);

        var outcome = await InProcessCli.RunAsync("--seeds", seeds.Path, "validate");

        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        outcome.Stdout.Should().StartWith(seeds.Path + ":");
    }
}
