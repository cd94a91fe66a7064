using System.Net;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// With <c>NEO4J_READ_URI</c> set, GraphQL queries go to that address and mutations to <c>NEO4J_URI</c>. Both point at
/// the test's one Neo4j here, the read address through a relay: stopping the relay shows which requests use it.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ReadEndpointTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string Query = """{ entity(id: "region.jiaxing") { name } }""";

    private const string Upsert = """
        mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }
        """;

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task queries_use_the_read_uri_and_mutations_the_main_uri()
    {
        await using var relay = new TcpRelay(graph.HttpUri);
        relay.Start();
        await using var factory = new SeededApiFactory(graph, extra: new Dictionary<string, string?>
        {
            ["NEO4J_READ_URI"] = relay.Uri.ToString(),
            ["Neo4j:MaxRetries"] = "0",
        });
        var client = factory.GraphQL();
        (await client.DataAsync(Query)).GetProperty("entity").GetProperty("name").GetString().Should().Be("嘉兴市");

        relay.Stop();
        var (read, _) = await client.SendAsync(Query);
        var written = await client.DataAsync(Upsert, new
        {
            input = new { id = "inst.read-endpoint-probe", kind = "Institute", name = "读端点测试研究院", sources = new[] { "d001:p9" } },
        }, SeededApiFactory.Key);

        read.Should().Be(HttpStatusCode.ServiceUnavailable, "the read address is down");
        written.GetProperty("upsertEntity").GetProperty("id").GetString().Should().Be("inst.read-endpoint-probe", "writes go to the main address, which is up");

        relay.Start();
        var recovered = await Eventually.HoldsAsync(async () => (await client.SendAsync(Query)).Status == HttpStatusCode.OK);
        recovered.Should().BeTrue("queries answer again once the read address is back");
    }

    [Fact]
    public async Task readiness_fails_while_the_read_uri_is_down_though_the_main_uri_is_up()
    {
        await using var relay = new TcpRelay(graph.HttpUri);
        relay.Start();
        await using var factory = new SeededApiFactory(graph, extra: new Dictionary<string, string?>
        {
            ["NEO4J_READ_URI"] = relay.Uri.ToString(),
            ["Neo4j:MaxRetries"] = "0",
            ["Api:Readiness:CacheDuration"] = "00:00:00",
            ["Api:Readiness:RequestsPerMinute"] = "10000",
        });
        var http = factory.CreateClient();
        (await http.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);

        relay.Stop();
        var down = await http.GetAsync("/readyz");
        relay.Start();
        var recovered = await Eventually.HoldsAsync(async () => (await http.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK);

        down.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "queries cannot be answered while the read address is down");
        recovered.Should().BeTrue("the API is ready again once the read address is back");
    }

    [Fact]
    public async Task a_write_is_visible_to_the_next_query_when_both_addresses_name_the_same_server()
    {
        var sameServer = new UriBuilder(graph.HttpUri) { Host = "localhost" }.Uri;
        await using var factory = new SeededApiFactory(graph, extra: new Dictionary<string, string?> { ["NEO4J_READ_URI"] = sameServer.ToString() });
        var client = factory.GraphQL();

        await client.DataAsync(Upsert, new
        {
            input = new { id = "inst.read-endpoint-probe", kind = "Institute", name = "读端点测试研究院", sources = new[] { "d001:p9" } },
        }, SeededApiFactory.Key);
        var read = await client.DataAsync("""{ entity(id: "inst.read-endpoint-probe") { name } }""");

        read.GetProperty("entity").GetProperty("name").GetString().Should().Be("读端点测试研究院");
    }

    private Task CleanAsync() =>
        graph.QueryAsync<ApiMutationTests.Count>("MATCH (n:Entity {id: 'inst.read-endpoint-probe'}) DETACH DELETE n RETURN count(*) AS n");
}
