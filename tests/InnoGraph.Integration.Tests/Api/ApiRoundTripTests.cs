using System.Net;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>However deep a request, it costs one Cypher round trip.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiRoundTripTests(SeededGraphFixture graph)
{
    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    [Fact]
    public async Task a_deep_request_with_several_root_fields_costs_one_round_trip()
    {
        // Discovery of the server happens on a client's first use; readiness does it here.
        (await Client.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);

        var (status, body) = await Client.SendAsync("""
            {
              entity(id: "inst.tsinghua-yangtze-delta") {
                name sources { locator kind document { title } }
                relations(first: 5) { totalCount edges { type role sources { locator } node { id
                  relations(first: 3) { edges { node { id relations(first: 2, types: ["LOCATED_IN", "PART_OF"]) { totalCount edges { node { name } } } } } } } } }
              }
              bureauTasks(bureau: "gov.jiaxing.science-bureau") { role task { id relations(types: ["RESPONSIBLE_FOR"]) { totalCount } } action { name } plan { name } }
              collaborationNetwork(city: "嘉兴") { nodes { id } }
            }
            """);

        status.Should().Be(HttpStatusCode.OK);
        body.TryGetProperty("errors", out _).Should().BeFalse();
        body.GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(1);
        body.GetProperty("data").GetProperty("entity").GetProperty("relations").GetProperty("edges").GetArrayLength().Should().Be(5);
    }

    [Fact]
    public async Task the_round_trips_of_requests_are_exposed_as_a_metric()
    {
        await Client.SendAsync("""{ entity(id: "region.jiaxing") { name } }""");

        var metrics = await (await Client.GetAsync("/metrics")).Content.ReadAsStringAsync();

        metrics.Should().Contain("innograph_neo4j_round_trips_per_request_count");
        metrics.Should().MatchRegex(@"innograph_neo4j_round_trips_total [1-9]");
    }
}
