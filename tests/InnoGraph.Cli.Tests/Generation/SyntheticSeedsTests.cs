using InnoGraph.Cli.Generation;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Testing;

namespace InnoGraph.Cli.Tests.Generation;

/// <summary>The synthetic seed folder for benchmarks, generated small (2,000 entities) from the repository's seeds.</summary>
public sealed class SyntheticSeedsTests
{
    private const int Entities = 2000;

    private static readonly SeedDataset Seeds = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds).Dataset!;

    [Fact]
    public void the_generated_folder_validates_with_the_seeds_and_the_synthetic_entities_and_relations()
    {
        using var output = new TemporaryDirectory();
        var summary = Generate(output.Path, randomSeed: 7);

        var result = SeedCompiler.CompileDirectory(output.Path);

        result.Problems.Should().BeEmpty();
        summary.Entities.Should().Be(Entities);
        result.Dataset!.Entities.Should().HaveCount(Seeds.Entities.Count + 1 + Entities, "the seeds, the synthetic reference source and the synthetic entities");
        result.Dataset.Relations.Should().HaveCount(Seeds.Relations.Count + summary.Relations);
    }

    [Fact]
    public void the_same_seed_writes_the_same_files_and_another_seed_other_ones()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        using var other = new TemporaryDirectory();
        Generate(first.Path, randomSeed: 7);
        Generate(second.Path, randomSeed: 7);
        Generate(other.Path, randomSeed: 8);

        Files(second.Path).Should().Equal(Files(first.Path));
        Files(other.Path).Should().NotEqual(Files(first.Path));
    }

    [Fact]
    public void kinds_follow_the_seeds_shares_and_relations_per_entity_the_seeds_ratio()
    {
        using var output = new TemporaryDirectory();
        var summary = Generate(output.Path, randomSeed: 7);
        var synthetic = SeedCompiler.CompileDirectory(output.Path).Dataset!.Entities.Where(e => e.Id.Contains(".syn-", StringComparison.Ordinal)).ToList();
        var catalogue = Seeds.Entities.Where(e => e.Kind != EntityKind.Document).ToList();

        foreach (var kind in catalogue.GroupBy(e => e.Kind))
        {
            var expected = (double)Entities * kind.Count() / catalogue.Count;
            synthetic.Count(e => e.Kind == kind.Key).Should().BeInRange((int)Math.Floor(expected), (int)Math.Ceiling(expected), $"{kind.Key} has {kind.Count()} of {catalogue.Count} seed entities");
        }

        var seedRatio = (double)Seeds.Relations.Count / catalogue.Count;
        ((double)summary.Relations / Entities).Should().BeApproximately(seedRatio, 0.01);
        synthetic.Average(e => e.Aliases.Count).Should().BeApproximately(catalogue.Average(e => e.Aliases.Count), 0.3);
    }

    [Fact]
    public void synthetic_relations_join_synthetic_entities_only_and_every_body_is_located()
    {
        using var output = new TemporaryDirectory();
        Generate(output.Path, randomSeed: 7);
        var dataset = SeedCompiler.CompileDirectory(output.Path).Dataset!;
        var synthetic = dataset.Relations.Where(r => r.Sources.Any(s => s.StartsWith(SyntheticSeeds.SourceId + ":", StringComparison.Ordinal))).ToList();

        synthetic.Should().OnlyContain(r => r.From.Contains(".syn-", StringComparison.Ordinal) && r.To.Contains(".syn-", StringComparison.Ordinal));
        var located = synthetic.Where(r => r.Type == RelationType.LocatedIn).Select(r => r.From).ToHashSet();
        dataset.Entities.Where(e => e.Id.Contains(".syn-", StringComparison.Ordinal) && LocationRule.Applies(e.Kind))
            .Should().OnlyContain(e => located.Contains(e.Id));
    }

    [Fact]
    public void kind_counts_add_up_to_the_total_by_largest_remainder()
    {
        var proportions = SeedProportions.Of(Seeds.Entities, Seeds.Relations);

        foreach (var total in new[] { 0, 1, 7, 999, 100_000 })
        {
            proportions.Allocate(total).Sum(k => k.Count).Should().Be(total);
        }
    }

    [Fact]
    public void a_folder_not_written_by_generate_is_never_replaced()
    {
        using var output = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(output.Path, "keep.txt"), "mine");

        var generate = () => Generate(output.Path, randomSeed: 7);

        generate.Should().Throw<IOException>();
        File.ReadAllText(Path.Combine(output.Path, "keep.txt")).Should().Be("mine");
    }

    private static SyntheticSeedSummary Generate(string output, int randomSeed) =>
        SyntheticSeeds.Generate(new SyntheticSeedOptions(RepositoryPaths.Seeds, output, Entities, randomSeed) { EntitiesPerFile = 700, RelationsPerFile = 1500 }, Seeds);

    private static List<(string Path, string Text)> Files(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(folder, SyntheticSeeds.Folder)).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
}
