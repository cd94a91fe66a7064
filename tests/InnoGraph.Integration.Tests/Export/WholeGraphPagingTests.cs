using System.Text.Json;
using InnoGraph.Graph.Export;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Export;

/// <summary>The whole graph read in many small pages: every entity and relation exactly once, a round trip per page, progress per page.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class WholeGraphPagingTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task small_pages_write_every_entity_and_relation_once()
    {
        var entities = (await graph.QueryAsync<long>("MATCH (n:Entity) RETURN count(n)")).Single();
        var relations = (await graph.QueryAsync<long>("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).Single();
        var reports = new List<ExportProgress>();
        var export = new GraphExport(graph.Cypher, new ExportOptions { PageSize = 7 });
        using var output = new MemoryStream();

        using (var content = await export.PrepareAsync(new ExportView(ExportViewKind.Whole), CancellationToken.None))
        {
            await using var writer = new CytoscapeWriter(output);
            await content.WriteAsync(writer, new InlineProgress(reports.Add), CancellationToken.None);
        }

        using var document = JsonDocument.Parse(output.ToArray());
        var elements = document.RootElement.EnumerateArray().ToList();
        var nodes = elements.Where(e => e.GetProperty("group").GetString() == "nodes").Select(e => e.GetProperty("data").GetProperty("id").GetString()).ToList();
        var edges = elements.Where(e => e.GetProperty("group").GetString() == "edges").Select(e => e.GetProperty("data").GetProperty("id").GetString()).ToList();
        nodes.Should().HaveCount((int)entities).And.OnlyHaveUniqueItems();
        nodes.Should().BeInAscendingOrder(StringComparer.Ordinal);
        edges.Should().HaveCount((int)relations).And.OnlyHaveUniqueItems();
        reports.Count.Should().BeGreaterThan((int)(entities / 7));
        reports[^1].Should().Be(new ExportProgress(entities, relations, entities, relations));
    }

    [Fact]
    public async Task a_graph_past_the_maximum_is_refused_before_anything_is_written()
    {
        var export = new GraphExport(graph.Cypher, new ExportOptions { MaxWholeGraphItems = 10 });

        var prepare = () => export.PrepareAsync(new ExportView(ExportViewKind.Whole), CancellationToken.None);

        (await prepare.Should().ThrowAsync<ExportRefused>()).Which.Reason.Should().Be(ExportRefusal.TooLarge);
    }

    private sealed class InlineProgress(Action<ExportProgress> report) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => report(value);
    }
}
