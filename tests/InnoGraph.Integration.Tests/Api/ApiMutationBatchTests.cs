using System.Net;
using System.Text.Json;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>The mutation fields of one request are written in one round trip and one transaction, in field order.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiMutationBatchTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task three_mutations_cost_one_round_trip_and_a_relation_may_use_an_entity_created_earlier_in_the_request()
    {
        (await Client.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);

        var (status, body) = await Client.SendAsync("""
            mutation {
              a: upsertEntity(input: { id: "inst.api-batch-alpha", kind: "Institute", name: "批量接口测试甲院", sources: ["d001:p9"] }) { id origin }
              b: addRelation(input: { from: "inst.api-batch-alpha", type: "LOCATED_IN", to: "region.jiaxing", sources: ["d001:p9"] }) { id node { id } }
              c: upsertEntity(input: { id: "inst.api-batch-beta", kind: "Institute", name: "批量接口测试乙院", aliases: [{ name: "批量接口測試乙院" }], sources: ["d004:p1"] }) { id name }
            }
            """, key: SeededApiFactory.Key);

        status.Should().Be(HttpStatusCode.OK);
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText());
        body.GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(1);
        var data = body.GetProperty("data");
        data.GetProperty("a").GetProperty("origin").GetString().Should().Be("api");
        data.GetProperty("b").GetProperty("id").GetString().Should().Be("inst.api-batch-alpha|LOCATED_IN|region.jiaxing");
        data.GetProperty("b").GetProperty("node").GetProperty("id").GetString().Should().Be("region.jiaxing");
        data.GetProperty("c").GetProperty("name").GetString().Should().Be("批量接口测试乙院");

        var after = await Client.DataAsync("""
            {
              alpha: entity(id: "inst.api-batch-alpha") { name relations(types: ["LOCATED_IN"]) { edges { node { id } } } }
              beta: search(text: "批量接口測試乙") { id }
            }
            """);
        after.GetProperty("alpha").GetProperty("name").GetString().Should().Be("批量接口测试甲院");
        after.GetProperty("alpha").GetProperty("relations").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString().Should().Be("region.jiaxing");
        after.GetProperty("beta").EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal("inst.api-batch-beta");
    }

    [Fact]
    public async Task a_request_with_one_invalid_field_writes_nothing()
    {
        var (status, body) = await Client.SendAsync("""
            mutation {
              a: upsertEntity(input: { id: "inst.api-batch-gamma", kind: "Institute", name: "批量接口测试丙院", sources: ["d001:p9"] }) { id }
              b: addRelation(input: { from: "inst.api-batch-gamma", type: "LOCATED_IN", to: "region.jiaxing", sources: ["d001:p9"] }) { id }
              c: upsertEntity(input: { id: "inst.api-batch-delta", kind: "Institute", name: "批量接口测试丁院", sources: [] }) { id }
            }
            """, key: SeededApiFactory.Key);

        status.Should().Be(HttpStatusCode.OK);
        var codes = body.GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("path")[0].GetString()!,
            e => e.GetProperty("extensions").GetProperty("code").GetString());
        codes.Should().Equal(new Dictionary<string, string?> { ["a"] = "NOT_WRITTEN", ["b"] = "NOT_WRITTEN", ["c"] = "VALIDATION_FAILED" });
        body.GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(0);
        (await graph.QueryAsync<Count>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-batch-' RETURN count(n) AS n"))[0].N.Should().Be(0);
    }

    [Fact]
    public async Task a_field_refused_by_the_graph_keeps_its_code_and_changes_nothing_of_its_own()
    {
        (await Client.GetAsync("/readyz")).StatusCode.Should().Be(HttpStatusCode.OK);
        var (_, body) = await Client.SendAsync("""
            mutation {
              a: addRelation(input: { from: "inst.api-batch-missing", type: "LOCATED_IN", to: "region.jiaxing", sources: ["d001:p9"] }) { id }
              b: upsertEntity(input: { id: "inst.api-batch-epsilon", kind: "Institute", name: "批量接口测试戊院", sources: ["d999:p1"] }) { id }
              c: upsertEntity(input: { id: "inst.api-batch-zeta", kind: "Institute", name: "批量接口测试己院", sources: ["d001:p9"] }) { id }
            }
            """, key: SeededApiFactory.Key);

        var codes = body.GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("path")[0].GetString()!,
            e => e.GetProperty("extensions").GetProperty("code").GetString());
        codes.Should().Equal(new Dictionary<string, string?> { ["a"] = "NOT_FOUND", ["b"] = "VALIDATION_FAILED" });
        body.GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(1);
        (await graph.QueryAsync<Named>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-batch-' RETURN n.id AS name")).Should().Equal(new Named("inst.api-batch-zeta"));
    }

    private Task CleanAsync() =>
        graph.QueryAsync<Count>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-batch-' DETACH DELETE n RETURN count(*) AS n");

    public sealed record Count(long N);

    public sealed record Named(string Name);
}
