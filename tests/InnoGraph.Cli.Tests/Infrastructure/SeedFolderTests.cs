using InnoGraph.Cli.Infrastructure;
using InnoGraph.Testing;

namespace InnoGraph.Cli.Tests.Infrastructure;

public sealed class SeedFolderTests
{
    [Fact]
    public void the_seeds_option_wins_over_the_environment_and_the_search()
    {
        using var tree = new TemporaryDirectory();
        CreateSeeds(tree.Path);
        var given = Path.Combine(tree.Path, "elsewhere");

        SeedFolder.Resolve(given, fromEnvironment: "/from/environment", startDirectory: tree.Path).Should().Be(given);
    }

    [Fact]
    public void a_relative_option_is_taken_from_the_current_folder()
    {
        SeedFolder.Resolve("my-seeds", fromEnvironment: null, startDirectory: "/").Should().Be(Path.Combine(Directory.GetCurrentDirectory(), "my-seeds"));
    }

    [Fact]
    public void a_blank_option_falls_back_to_innograph_seeds()
    {
        SeedFolder.Resolve("  ", fromEnvironment: "/from/environment", startDirectory: "/").Should().Be("/from/environment");
    }

    [Fact]
    public void without_either_the_nearest_seeds_folder_with_sources_yaml_above_the_start_is_used()
    {
        using var tree = new TemporaryDirectory();
        var outer = CreateSeeds(tree.Path);
        var start = Directory.CreateDirectory(Path.Combine(tree.Path, "a", "b", "c")).FullName;
        Directory.CreateDirectory(Path.Combine(tree.Path, "a", "b", "seeds")); // no sources.yaml: not a seed folder
        var inner = CreateSeeds(Path.Combine(tree.Path, "a"));

        SeedFolder.Resolve(null, fromEnvironment: null, startDirectory: start).Should().Be(inner);
        SeedFolder.Resolve(null, fromEnvironment: "", startDirectory: tree.Path).Should().Be(outer);
    }

    [Fact]
    public void no_seed_folder_anywhere_is_wrong_usage_that_says_how_to_name_one()
    {
        using var tree = new TemporaryDirectory();

        var resolve = () => SeedFolder.Resolve(null, fromEnvironment: null, startDirectory: tree.Path);

        var refusal = resolve.Should().Throw<CliException>().Which;
        refusal.ExitCode.Should().Be(ExitCodes.Usage);
        refusal.Message.Should().Contain("--seeds PATH").And.Contain("seeds/sources.yaml");
    }

    private static string CreateSeeds(string parent)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(parent, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "sources.yaml"), "sources: []\n");
        return seeds;
    }
}
