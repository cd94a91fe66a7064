using System.Net;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>When Neo4j goes away the API says so with 503, and it recovers by itself when Neo4j is back.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiOutageTests(SeededGraphFixture graph)
{
    private const string Query = """{ entity(id: "region.jiaxing") { name } }""";

    [Fact]
    public async Task neo4j_unreachable_gives_503_then_the_api_recovers_when_it_is_back()
    {
        await using var relay = new TcpRelay(graph.HttpUri);
        relay.Start();
        await using var factory = new SeededApiFactory(graph, relay.Uri, new Dictionary<string, string?>
        {
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:RetryBaseDelay"] = "00:00:00.050",
            ["Neo4j:BreakDuration"] = "00:00:01",
        });
        var client = factory.GraphQL();
        (await client.DataAsync(Query)).GetProperty("entity").GetProperty("name").GetString().Should().Be("嘉兴市");

        relay.Stop();
        var (down, body) = await client.SendAsync(Query);
        var ready = await client.GetAsync("/readyz");

        down.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("SERVICE_UNAVAILABLE");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        relay.Start();
        // Waits out the circuit breaker's pause; the assertion is on recovery, not on how long it took.
        var recovered = await Eventually.HoldsAsync(async () => (await client.SendAsync(Query)).Status == HttpStatusCode.OK);

        recovered.Should().BeTrue("the API should answer again once Neo4j is reachable");
        (await client.DataAsync(Query)).GetProperty("entity").GetProperty("name").GetString().Should().Be("嘉兴市");
    }
}
