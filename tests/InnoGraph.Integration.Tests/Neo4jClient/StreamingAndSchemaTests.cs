using InnoGraph.Graph.Schema;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Neo4jClient;

[Collection(SeededGraphCollection.Name)]
public sealed class StreamingAndSchemaTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task a_large_streamed_result_arrives_whole_in_one_round_trip()
    {
        using var scope = graph.Cypher.RoundTrips.BeginScope();
        long count = 0, sum = 0;

        await foreach (var row in graph.Cypher.StreamAsync(CypherStatement.Of("UNWIND range(1, $n) AS i RETURN i, 'row ' + toString(i) AS label", ("n", 50_000)), CancellationToken.None))
        {
            count++;
            sum += row["i"].GetInt64();
            if (count == 1234)
            {
                row["label"].GetString().Should().Be("row 1234");
            }
        }

        count.Should().Be(50_000);
        sum.Should().Be(50_000L * 50_001 / 2);
        scope.Count.Should().Be(1);
    }

    [Fact]
    public async Task applying_the_schema_again_changes_nothing_and_records_its_version()
    {
        var schema = new GraphSchema(graph.Cypher);

        var applied = await schema.ApplyAsync(CancellationToken.None);
        var recorded = await schema.ReadAsync(CancellationToken.None);

        recorded.Should().Be(applied);
        recorded!.Version.Should().Be(GraphSchema.Version);
        var server = await graph.Cypher.GetServerInfoAsync(CancellationToken.None);
        recorded.Dialect.Should().Be(server.MajorVersion <= 3 ? "v3" : "v5");
    }
}
