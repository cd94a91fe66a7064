using InnoGraph.Cli.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Cli.Tests.Commands;

/// <summary><c>innograph validate</c> needs no database: these run it for real, in this process.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task valid_seeds_are_summed_up_on_stdout_with_exit_code_0()
    {
        using var seeds = new TemporaryDirectory();
        SeedFolders.WriteValid(seeds.Path);

        var outcome = await InProcessCli.RunAsync("validate", "--seeds", seeds.Path);

        outcome.ExitCode.Should().Be(0, outcome.Stderr);
        outcome.Stdout.Should().StartWith($"{seeds.Path}: 2 files,").And.Contain("no problems (version ");
        outcome.Stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task every_problem_is_listed_on_stderr_by_file_with_exit_code_3()
    {
        using var seeds = new TemporaryDirectory();
        SeedFolders.WriteBroken(seeds.Path);

        var outcome = await InProcessCli.RunAsync("validate", "--seeds", seeds.Path);

        outcome.ExitCode.Should().Be(3);
        var lines = outcome.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Match($"The seeds in {seeds.Path} have * problem(s); nothing was written:");
        lines.Skip(1).Should().NotBeEmpty().And.OnlyContain(line => line.StartsWith("  ", StringComparison.Ordinal));
        lines.Should().Contain(line => line.StartsWith("  entities.yaml:", StringComparison.Ordinal) && line.Contains("Spaceport", StringComparison.Ordinal));
        lines.Should().Contain(line => line.StartsWith("  more.yaml:", StringComparison.Ordinal) && line.Contains("p99", StringComparison.Ordinal));
        lines.Select(line => line.Split(':')[0]).Skip(1).Should().BeInAscendingOrder(StringComparer.Ordinal);
        outcome.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task a_seed_folder_that_does_not_exist_is_a_seed_problem_that_says_where_it_looked()
    {
        using var parent = new TemporaryDirectory();
        var missing = Path.Combine(parent.Path, "no-such-seeds");

        var outcome = await InProcessCli.RunAsync("validate", "--seeds", missing);

        outcome.ExitCode.Should().Be(3);
        outcome.Stderr.Should().Contain(missing).And.Contain("does not exist").And.Contain("--seeds PATH");
    }

    [Fact]
    public async Task innograph_seeds_names_the_folder_when_the_option_is_not_given()
    {
        using var seeds = new TemporaryDirectory();
        SeedFolders.WriteBroken(seeds.Path);

        var outcome = await InProcessCli.RunAsync(new Dictionary<string, string?> { ["INNOGRAPH_SEEDS"] = seeds.Path }, "validate");

        outcome.ExitCode.Should().Be(3);
        outcome.Stderr.Should().StartWith($"The seeds in {seeds.Path} have ");
    }
}
