using System.Text.Json;
using InnoGraph.Domain.Model;
using InnoGraph.Graph.Stats;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Cli;

/// <summary><c>innograph stats</c> on the seeded graph: the location coverage of each kind of body, as the graph holds it.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class StatsCommandTests(SeededGraphFixture graph)
{
    // Body by body, so the expected coverage does not come from the aggregating query under test.
    private const string BodiesCypher =
        "MATCH (e:Entity) WHERE e.kind IN $kinds " +
        "RETURN e.id AS id, e.kind AS kind, size([(e)-[:LOCATED_IN]->(p:Entity) | p.id]) > 0 AS located, e.locationUnknown IS NOT NULL AS hasReason";

    private static readonly string[] Kinds = [.. LocationRule.Kinds.Select(k => k.ToString())];

    [Fact]
    public async Task stats_shows_per_kind_how_many_bodies_are_located_give_a_reason_and_exist()
    {
        var bodies = await BodiesAsync();
        var expected = Kinds.ToDictionary(k => k, k => (
            Located: bodies.Count(b => b.Kind == k && b.Located),
            WithReason: bodies.Count(b => b.Kind == k && !b.Located && b.HasReason),
            Total: bodies.Count(b => b.Kind == k)));

        var json = await CliProcess.RunAsync(graph.Neo4j.Options, "stats", "--json");
        var table = await CliProcess.RunAsync(graph.Neo4j.Options, "stats");

        json.ExitCode.Should().Be(0, json.Stderr);
        using var document = JsonDocument.Parse(json.Stdout);
        var coverage = document.RootElement.GetProperty("locationCoverage");
        coverage.EnumerateObject().Select(p => p.Name).Should().Equal(Kinds);
        foreach (var kind in Kinds)
        {
            var row = coverage.GetProperty(kind);
            (row.GetProperty("located").GetInt32(), row.GetProperty("withReason").GetInt32(), row.GetProperty("total").GetInt32())
                .Should().Be(expected[kind], kind);
        }

        table.ExitCode.Should().Be(0, table.Stderr);
        table.Stdout.Should().Contain("Location coverage (located / with reason / total)");
        foreach (var kind in Kinds)
        {
            table.Stdout.Should().MatchRegex($@"(?m)^  {kind}\s+{expected[kind].Located} /\s+{expected[kind].WithReason} /\s+{expected[kind].Total}\b");
        }
    }

    [Fact]
    public async Task every_seeded_body_in_the_graph_is_located_or_says_why_not()
    {
        var bodies = (await BodiesAsync()).ToDictionary(b => b.Id);
        var seeded = graph.Dataset.Entities.Where(e => LocationRule.Applies(e.Kind)).Select(e => e.Id).ToList();

        seeded.Should().HaveCountGreaterThan(90);
        seeded.Should().OnlyContain(id => bodies.ContainsKey(id) && (bodies[id].Located || bodies[id].HasReason));
    }

    [Fact]
    public async Task a_body_without_a_place_counts_as_missing_until_it_gives_the_reason()
    {
        const string id = "inst.stats-coverage-probe";
        var reader = new LocationCoverageReader(graph.Cypher);
        var before = Institutes(await reader.ReadAsync(CancellationToken.None));

        await WriteAsync("CREATE (:Entity:Institute {id: $id, kind: 'Institute', name: '覆盖探针', origin: 'test'})", id);
        var added = Institutes(await reader.ReadAsync(CancellationToken.None));
        await WriteAsync("MATCH (e:Entity {id: $id}) SET e.locationUnknown = 'a probe of this test'", id);
        var explained = Institutes(await reader.ReadAsync(CancellationToken.None));
        await WriteAsync("MATCH (e:Entity {id: $id}) DETACH DELETE e", id);

        added.Should().Be(before with { Total = before.Total + 1 });
        added.Missing.Should().Be(before.Missing + 1);
        explained.Should().Be(before with { WithReason = before.WithReason + 1, Total = before.Total + 1 });
    }

    private static LocationCoverage Institutes(IReadOnlyList<LocationCoverage> coverage) => coverage.Single(c => c.Kind == "Institute");

    private async Task WriteAsync(string cypher, string id) =>
        await graph.Cypher.RunAsync(CypherStatement.Of(cypher, ("id", id)), WorkKind.RetrySafe, CancellationToken.None);

    private Task<IReadOnlyList<BodyRow>> BodiesAsync() => graph.QueryAsync<BodyRow>(BodiesCypher, ("kinds", Kinds));

    private sealed record BodyRow(string Id, string Kind, bool Located, bool HasReason);
}
