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
    public void each_documents_paragraph_count_matches_its_text_file_where_the_documents_are_at_hand()
    {
        var documents = RepositoryPaths.SourceDocuments;
        var dataset = SeedCompiler.CompileDirectory(SeedFolder).Dataset!;
        var sources = dataset.Entities.Where(e => e.Properties.TryGetValue("sourceKind", out var kind) && (string)kind == "document").ToList();
        sources.Should().HaveCount(5);
        if (documents is null)
        {
            return; // the source documents live beside the repository, not in it
        }

        foreach (var source in sources)
        {
            var file = Path.Combine(documents, (string)source.Properties["file"]);
            var nonBlankLines = File.ReadLines(file).Count(line => !string.IsNullOrWhiteSpace(line));
            source.Properties["paragraphs"].Should().Be((long)nonBlankLines, $"{source.Id} is {file}");
        }
    }
}
