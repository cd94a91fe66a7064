using InnoGraph.Integration.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Loading;

[Collection(SeededGraphCollection.Name)]
public sealed class BrokenSeedsTests(SeededGraphFixture graph) : IDisposable
{
    private readonly string _seeds = CopyOfSeeds();

    [Fact]
    public async Task a_seed_folder_with_several_mistakes_gets_one_report_naming_each_and_the_graph_is_untouched()
    {
        await File.AppendAllTextAsync(Path.Combine(_seeds, "facts", "zz-broken.yaml"), """
            entities:
              - id: inst.tsinghua-yangtze-delta
                kind: Institute
                name: 重复
                at: [d001:p11]
              - id: inst.broken-kind
                kind: Institue
                name: 坏类型
                at: [d001:p11]
            relations:
              - { from: inst.broken-kind, type: CO_BUILT_WITH, to: univ.does-not-exist, at: [d001:p11] }
              - { from: region.jiaxing, type: LIKES, to: region.shaoxing, at: [d001:p11] }
              - { from: region.jiaxing, type: COOPERATES_WITH, to: region.shanghai, at: [d001:p999] }
              - { from: region.jiaxing, type: COOPERATES_WITH, to: region.hangzhou }
            """);
        var before = await GraphSnapshot.TakeAsync(graph.Cypher);

        var outcome = await CliProcess.RunAsync(graph.Neo4j.Options, "load", "--seeds", _seeds);

        outcome.ExitCode.Should().Be(3);
        outcome.Stderr.Should().Contain("nothing was written");
        outcome.Stderr.Should().Contain("facts/zz-broken.yaml:2:").And.Contain("duplicate id 'inst.tsinghua-yangtze-delta'");
        outcome.Stderr.Should().Contain("facts/zz-broken.yaml:7:").And.Contain("unknown kind 'Institue'");
        outcome.Stderr.Should().Contain("facts/zz-broken.yaml:11:").And.Contain("no entity has the id 'univ.does-not-exist'");
        outcome.Stderr.Should().Contain("facts/zz-broken.yaml:12:").And.Contain("unknown relation type 'LIKES'");
        outcome.Stderr.Should().Contain("facts/zz-broken.yaml:13:").And.Contain("d001 has paragraphs p1 to p53");
        outcome.Stderr.Should().Contain("facts/zz-broken.yaml:14:").And.Contain("missing 'at'");
        (await GraphSnapshot.TakeAsync(graph.Cypher)).Should().Equal(before);
    }

    [Fact]
    public async Task validate_reports_the_same_problems_without_a_database()
    {
        await File.WriteAllTextAsync(Path.Combine(_seeds, "facts", "zz-broken.yaml"), "mentions:\n  - { entity: region.atlantis, at: [d001:p1] }\n");

        var outcome = await CliProcess.RunAsync(null, "validate", "--seeds", _seeds);
        var load = await CliProcess.RunAsync(graph.Neo4j.Options, "load", "--seeds", _seeds);

        outcome.ExitCode.Should().Be(3);
        outcome.Stderr.Should().Contain("facts/zz-broken.yaml:2:").And.Contain("no entity has the id 'region.atlantis'");
        load.ExitCode.Should().Be(3);
        Problems(outcome.Stderr).Should().NotBeEmpty().And.Equal(Problems(load.Stderr), "validate and load report the same problems");
    }

    private static List<string> Problems(string stderr) =>
        stderr.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains("zz-broken.yaml", StringComparison.Ordinal)).ToList();

    public void Dispose() => Directory.Delete(_seeds, recursive: true);

    private static string CopyOfSeeds()
    {
        var target = Directory.CreateTempSubdirectory("innograph-seeds-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seeds, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
