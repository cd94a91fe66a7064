using System.Globalization;
using System.Net;
using System.Text.Json;
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

    [Theory]
    [InlineData("""{ entity(id: "region.jiaxing") { name } }""")]
    [InlineData("""
        query { ...Roots }
        fragment Roots on Query { a: entity(id: "region.jiaxing") { ...Node } b: entity(id: "univ.tsinghua") { ...Node } }
        fragment Node on Entity { id name relations(first: 3) { edges { node { id relations(first: 2) { totalCount } } } } }
        """)]
    [InlineData("""
        {
          taskOwners(task: "task.jx315.1-1") { role unit { name } task { name } action { name } plan { name } }
          search(text: "清华") { id relations(first: 2) { edges { node { id } } } }
          shortestPath(from: "清华大学", to: "嘉兴市") { nodes { id } edges { type } }
          indicatorSeries(region: "region.jiaxing") { indicator { id } points { year value } }
        }
        """)]
    public async Task any_query_however_nested_or_fragmented_costs_one_round_trip(string query)
    {
        (await Client.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);

        var (status, body) = await Client.SendAsync(query);

        status.Should().Be(HttpStatusCode.OK);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText());
        body.GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task the_round_trips_of_requests_are_exposed_as_a_metric()
    {
        (await Client.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = await MetricsAsync();

        await Client.SendAsync("""{ entity(id: "region.jiaxing") { name } }""");

        var after = await MetricsAsync();

        // The metrics are process-wide and other requests may be counted too, so at least this one's.
        after["innograph_neo4j_round_trips_total"].Should().BeGreaterThanOrEqualTo(before["innograph_neo4j_round_trips_total"] + 1);
        after["innograph_neo4j_round_trips_per_request_count"].Should().BeGreaterThanOrEqualTo(before["innograph_neo4j_round_trips_per_request_count"] + 1);
    }

    /// <summary>The unlabelled samples of <c>/metrics</c>, by name.</summary>
    private async Task<Dictionary<string, double>> MetricsAsync()
    {
        var text = await (await Client.GetAsync("/metrics")).Content.ReadAsStringAsync();
        return text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#' && !line.Contains('{', StringComparison.Ordinal))
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length >= 2)
            .ToDictionary(parts => parts[0], parts => double.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
