using System.Security.Cryptography;
using System.Text;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Testing;

namespace InnoGraph.Domain.Tests.Seeds;

/// <summary>A folder checked without holding its rows: the rows are read from the files again, a few files at a time, when they are asked for.</summary>
public sealed class StreamedSeedsTests
{
    private const int Files = 12;

    [Fact]
    public void a_checked_folder_gives_the_same_rows_and_version_as_the_compiled_one()
    {
        using var folder = Folder();

        var compiled = SeedCompiler.CompileDirectory(folder.Path).Dataset!;
        var rows = SeedCompiler.CheckDirectory(folder.Path).Rows!;

        rows.Version.Should().Be(compiled.Version);
        rows.FileCount.Should().Be(compiled.FileCount);
        rows.ReadEntities().Should().BeEquivalentTo(compiled.Entities);
        rows.ReadRelations().Should().BeEquivalentTo(compiled.Relations);
        rows.EntityCounts.Should().BeEquivalentTo(compiled.EntityCounts);
        rows.RelationCounts[RelationType.LocatedIn].Should().Be(Files);
    }

    [Fact]
    public void the_rows_are_read_when_asked_for_not_when_the_folder_is_checked()
    {
        using var folder = Folder();
        var rows = SeedCompiler.CheckDirectory(folder.Path).Rows!;
        File.Delete(System.IO.Path.Combine(folder.Path, $"more-{Files - 3:00}.yaml"));

        rows.ReadEntities().First().Id.Should().Be("region.jiaxing", "the first file is read again; the later ones are not needed yet");
        var all = () => rows.ReadEntities().ToList();
        all.Should().Throw<IOException>().WithMessage($"more-{Files - 3:00}.yaml could not be read*");
    }

    [Fact]
    public void a_file_changed_after_the_check_stops_the_reading_of_the_rows()
    {
        using var folder = Folder();
        var rows = SeedCompiler.CheckDirectory(folder.Path).Rows!;
        var changed = System.IO.Path.Combine(folder.Path, "more-03.yaml");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("示范机构3", "另一机构", StringComparison.Ordinal));

        var all = () => rows.ReadEntities().ToList();

        all.Should().Throw<InvalidOperationException>().WithMessage("more-03.yaml changed after the seeds were checked*");
    }

    [Fact]
    public void what_a_file_declared_before_a_syntax_error_counts_for_nothing()
    {
        const string broken = "entities:\n  - { id: inst.broken, kind: Institute, name: 断开研究院, at: [d001:p1] }\n  - { id: [unclosed\n";
        const string facts = "relations:\n  - { from: inst.demo, type: CO_BUILT_WITH, to: inst.broken, at: [d001:p1] }\n";

        var result = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("broken.yaml", broken), ("facts.yaml", facts)]);

        result.Problems.Should().HaveCount(2);
        result.Problems.Should().Contain(p => p.Position.File == "broken.yaml" && p.Path == "(file)" && p.Message.StartsWith("not valid YAML", StringComparison.Ordinal));
        result.Problems.Should().Contain(p => p.Position.File == "facts.yaml" && p.Path == "relations[0].to" && p.Message.Contains("inst.broken", StringComparison.Ordinal));
    }

    [Fact]
    public void only_a_few_files_are_read_ahead_of_the_one_handed_back()
    {
        var opened = 0;
        var files = Enumerable.Range(0, 50).Select(i => ($"f{i:00}.yaml", (Func<TextReader>)(() =>
        {
            Interlocked.Increment(ref opened);
            return new StringReader("entities: []\n");
        }))).ToList();

        using var reading = new SeedFileSet(files).Read().GetEnumerator();
        reading.MoveNext().Should().BeTrue();
        reading.Current.Declarations().Should().BeEmpty();

        Volatile.Read(ref opened).Should().BeLessThanOrEqualTo(Environment.ProcessorCount + 1);
    }

    [Fact]
    public void a_file_is_handed_over_while_it_is_still_being_read()
    {
        var entities = string.Concat(Enumerable.Range(0, 3 * SeedFileRead.Capacity)
            .Select(i => $"  - {{ id: inst.demo-{i}, kind: Institute, name: 示范机构{i}, at: [d001:p1] }}\n"));
        var file = SeedFileRead.Start("big.yaml", () => new StringReader("entities:\n" + entities), CancellationToken.None);

        using var declarations = file.Declarations().GetEnumerator();
        declarations.MoveNext().Should().BeTrue();
        Thread.Sleep(200);

        file.ContentHash.Should().BeEmpty("the reader waits for its declarations to be taken before it reads further");
        while (declarations.MoveNext())
        {
        }

        file.ContentHash.Should().Equal(SHA256.HashData(Encoding.UTF8.GetBytes("entities:\n" + entities)));
    }

    /// <summary>The small entities file, more files of one located institute each, and the sources, in the files' order.</summary>
    private static TemporaryDirectory Folder()
    {
        var folder = new TemporaryDirectory();
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "sources.yaml"), SeedFiles.Sources);
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "entities.yaml"), SeedFiles.Entities);
        for (var i = 0; i < Files - 2; i++)
        {
            File.WriteAllText(System.IO.Path.Combine(folder.Path, $"more-{i:00}.yaml"), $"""
                entities:
                  - {"{"} id: inst.more-{i}, kind: Institute, name: 示范机构{i}, at: [d001:p{i + 1}] {"}"}
                relations:
                  - {"{"} from: inst.more-{i}, type: LOCATED_IN, to: region.jiaxing, at: [d001:p{i + 1}] {"}"}
                mentions:
                  - {"{"} entity: inst.demo, at: [d001:p{i + 1}] {"}"}
                """);
        }

        return folder;
    }
}
