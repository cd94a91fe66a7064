using InnoGraph.Integration.Tests.Export;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Cli;

/// <summary><c>innograph export</c> on the seeded graph: whole files read back by graphology, CSV as a folder, clear refusals with nothing written.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ExportCommandTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task export_writes_the_whole_graph_as_gexf()
    {
        var folder = Directory.CreateTempSubdirectory("innograph-export-").FullName;
        try
        {
            var file = Path.Combine(folder, "graph.gexf");

            var run = await CliProcess.RunAsync(graph.Neo4j.Options, "export", "--format", "gexf", "--out", file);

            run.ExitCode.Should().Be(0, run.Stderr);
            var parsed = await ExportFiles.ReadAsync("gexf", await File.ReadAllBytesAsync(file));
            parsed.Nodes.Should().HaveCount((int)(await graph.QueryAsync<long>("MATCH (n:Entity) RETURN count(n)")).Single());
            parsed.ShouldHaveNoDanglingEdges();
            Directory.GetFiles(folder).Should().Equal(file);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task export_csv_writes_a_folder_with_the_nodes_and_edges_tables()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("innograph-export-").FullName, "jiaxing");
        try
        {
            var run = await CliProcess.RunAsync(graph.Neo4j.Options, "export", "--format", "csv", "--out", folder, "--view", "collaboration", "--city", "嘉兴市");

            run.ExitCode.Should().Be(0, run.Stderr);
            Directory.GetFiles(folder).Select(Path.GetFileName).Should().BeEquivalentTo("nodes.csv", "edges.csv");
            ExportFiles.Csv(await File.ReadAllTextAsync(Path.Combine(folder, "nodes.csv")))[0].Take(2).Should().Equal("Id", "Label");
            ExportFiles.Csv(await File.ReadAllTextAsync(Path.Combine(folder, "edges.csv")))[0].Take(2).Should().Equal("Source", "Target");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task an_unknown_city_is_refused_in_one_line_and_nothing_is_written()
    {
        var folder = Directory.CreateTempSubdirectory("innograph-export-").FullName;
        try
        {
            var run = await CliProcess.RunAsync(graph.Neo4j.Options, "export", "--format", "graphml", "--out", Path.Combine(folder, "x.graphml"), "--view", "collaboration", "--city", "不存在的城市");

            run.ExitCode.Should().Be(2);
            run.Stderr.Should().Contain("'city'");
            Directory.GetFileSystemEntries(folder).Should().BeEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
