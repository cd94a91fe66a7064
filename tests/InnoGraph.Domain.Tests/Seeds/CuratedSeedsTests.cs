using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Testing;

namespace InnoGraph.Domain.Tests.Seeds;

public sealed class CuratedSeedsTests
{
    private static readonly string SeedFolder = RepositoryPaths.Seeds;

    [Fact]
    public void the_curated_seeds_validate()
    {
        var result = SeedCompiler.CompileDirectory(SeedFolder);

        result.Problems.Select(p => p.ToString()).Should().BeEmpty();
        result.Dataset!.Entities.Should().HaveCountGreaterThan(400);
    }

    [Fact]
    public void every_body_of_the_curated_seeds_says_where_it_is_or_why_it_cannot()
    {
        var result = SeedCompiler.CompileDirectory(SeedFolder);

        result.Coverage.Select(c => c.Kind).Should().Equal(LocationRule.Kinds.Select(k => k.ToString()));
        result.Coverage.Should().OnlyContain(c => c.Missing == 0 && c.Total > 0, "every institute, laboratory, R&D centre, platform, park, university and academy is located or says why not");
        var dataset = result.Dataset!;
        var located = dataset.Relations.Where(r => r.Type == RelationType.LocatedIn).Select(r => r.From).ToHashSet();
        dataset.Entities.Where(e => LocationRule.Applies(e.Kind))
            .Should().OnlyContain(e => located.Contains(e.Id) != e.Properties.ContainsKey(LocationRule.UnknownProperty));
    }

    [Fact]
    public void the_seeds_folder_holds_the_sources_the_entities_and_the_facts()
    {
        Directory.Exists(SeedFolder).Should().BeTrue($"the seeds live in {SeedFolder}");
        File.Exists(Path.Combine(SeedFolder, "sources.yaml")).Should().BeTrue();
        Directory.GetFiles(Path.Combine(SeedFolder, "entities"), "*.yaml").Should().NotBeEmpty();
        Directory.GetFiles(Path.Combine(SeedFolder, "facts"), "*.yaml").Should().NotBeEmpty();
    }

    [Fact]
    public void each_documents_paragraph_count_matches_its_text_file()
    {
        // The documents live beside the repository, not in it; without them the paragraph counts,
        // and with them every pN locator, are unchecked, so their absence is a failure, not a skip.
        var documents = RepositoryPaths.SourceDocuments;
        Directory.Exists(documents).Should().BeTrue($"the source documents are expected in {documents}: check out the repository beside the shared folder (../shared/seeds)");
        var dataset = SeedCompiler.CompileDirectory(SeedFolder).Dataset!;
        var sources = dataset.Entities.Where(e => e.Properties.TryGetValue("sourceKind", out var kind) && (string)kind == "document").ToList();
        sources.Should().HaveCount(5);

        foreach (var source in sources)
        {
            var file = Path.Combine(documents, (string)source.Properties["file"]);
            File.Exists(file).Should().BeTrue($"{source.Id} names {file}");
            var nonBlankLines = File.ReadLines(file).Count(line => !string.IsNullOrWhiteSpace(line));
            source.Properties["paragraphs"].Should().Be((long)nonBlankLines, $"{source.Id} is {file}");
        }
    }
}
