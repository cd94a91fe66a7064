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
    public async Task a_valid_upsert_and_an_upsert_with_a_paragraph_out_of_range_write_nothing()
    {
        var (status, body) = await Client.SendAsync("""
            mutation {
              a: upsertEntity(input: { id: "inst.api-batch-epsilon", kind: "Institute", name: "批量接口测试戊院", sources: ["d001:p9"] }) { id }
              b: upsertEntity(input: { id: "inst.api-batch-zeta", kind: "Institute", name: "批量接口测试己院", sources: ["d001:p99999"] }) { id }
            }
            """, key: SeededApiFactory.Key);

        status.Should().Be(HttpStatusCode.OK);
        var errors = Errors(body);
        errors["b"].Should().Be(("VALIDATION_FAILED", "The input is not valid: sources: locator d001:p99999: d001 has paragraphs p1 to p53."));
        errors["a"].Code.Should().Be("NOT_WRITTEN");
        errors["a"].Message.Should().Contain("'b' of this request was refused").And.Contain("writes all its fields or none");
        body.GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(1);
        (await ProbeIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_valid_upsert_and_a_relation_to_a_missing_entity_write_nothing()
    {
        var (_, body) = await Client.SendAsync("""
            mutation {
              a: upsertEntity(input: { id: "inst.api-batch-eta", kind: "Institute", name: "批量接口测试庚院", sources: ["d001:p9"] }) { id }
              b: addRelation(input: { from: "inst.api-batch-eta", type: "LOCATED_IN", to: "region.api-batch-missing", sources: ["d001:p9"] }) { id }
            }
            """, key: SeededApiFactory.Key);

        var errors = Errors(body);
        errors["b"].Should().Be(("NOT_FOUND", "to: no entity has the id 'region.api-batch-missing'; create it first with upsertEntity (earlier in the same request is fine)."));
        errors["a"].Code.Should().Be("NOT_WRITTEN");
        body.GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(1);
        (await ProbeIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_change_of_kind_refuses_the_request_and_leaves_the_fields_before_it_unwritten()
    {
        // Ids carry their kind's prefix, so only a node written outside the API can hold an id under another kind.
        await graph.QueryAsync<Count>("CREATE (n:Entity:Platform {id: 'inst.api-batch-theta', kind: 'Platform', name: '批量接口测试平台'}) RETURN 1 AS n");

        var (_, body) = await Client.SendAsync("""
            mutation {
              a: upsertEntity(input: { id: "inst.api-batch-iota", kind: "Institute", name: "批量接口测试壬院", sources: ["d001:p9"] }) { id }
              b: addRelation(input: { from: "inst.api-batch-iota", type: "LOCATED_IN", to: "region.jiaxing", sources: ["d001:p9"] }) { id }
              c: upsertEntity(input: { id: "inst.api-batch-theta", kind: "Institute", name: "批量接口测试辛院", sources: ["d001:p9"] }) { id }
            }
            """, key: SeededApiFactory.Key);

        var errors = Errors(body);
        errors["c"].Should().Be(("CONFLICT", "'inst.api-batch-theta' is already a Platform; an entity's kind cannot change."));
        errors["a"].Code.Should().Be("NOT_WRITTEN");
        errors["b"].Code.Should().Be("NOT_WRITTEN");
        (await ProbeIdsAsync()).Should().Equal("inst.api-batch-theta");
        (await graph.QueryAsync<Named>("MATCH (n:Entity {id: 'inst.api-batch-theta'}) RETURN n.name AS name"))[0].Name.Should().Be("批量接口测试平台");
    }

    [Fact]
    public async Task endpoints_of_kinds_the_type_does_not_join_refuse_the_request()
    {
        var (_, body) = await Client.SendAsync("""
            mutation {
              a: upsertEntity(input: { id: "inst.api-batch-nu", kind: "Institute", name: "批量接口测试寅院", sources: ["d001:p9"] }) { id }
              b: addRelation(input: { from: "region.jiaxing", type: "LOCATED_IN", to: "inst.api-batch-nu", sources: ["d001:p9"] }) { id }
            }
            """, key: SeededApiFactory.Key);

        var errors = Errors(body);
        errors["b"].Should().Be(("VALIDATION_FAILED", "The input is not valid: to: LOCATED_IN cannot end at a Institute ('inst.api-batch-nu'): it ends at Region, Park, Platform."));
        errors["a"].Code.Should().Be("NOT_WRITTEN");
        (await ProbeIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task only_the_first_refused_field_is_reported_and_the_fields_after_it_are_not_written()
    {
        var (_, body) = await Client.SendAsync("""
            mutation {
              a: addRelation(input: { from: "inst.api-batch-missing", type: "LOCATED_IN", to: "region.jiaxing", sources: ["d001:p9"] }) { id }
              b: upsertEntity(input: { id: "inst.api-batch-kappa", kind: "Institute", name: "批量接口测试癸院", sources: ["d999:p1"] }) { id }
              c: upsertEntity(input: { id: "inst.api-batch-lambda", kind: "Institute", name: "批量接口测试子院", sources: ["d001:p9"] }) { id }
            }
            """, key: SeededApiFactory.Key);

        var errors = Errors(body);
        errors.Keys.Should().BeEquivalentTo(["a", "b", "c"]);
        errors["a"].Code.Should().Be("NOT_FOUND");
        errors["b"].Code.Should().Be("NOT_WRITTEN");
        errors["c"].Code.Should().Be("NOT_WRITTEN");
        errors["c"].Message.Should().Contain("'a' of this request was refused");
        (await ProbeIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_refused_request_sent_again_corrected_writes_every_field()
    {
        const string Template = """
            mutation {
              a: upsertEntity(input: { id: "inst.api-batch-mu", kind: "Institute", name: "批量接口测试丑院", sources: ["d001:p9"] }) { id }
              b: addRelation(input: { from: "inst.api-batch-mu", type: "LOCATED_IN", to: "region.jiaxing", sources: ["LOCATOR"] }) { id }
            }
            """;

        var (_, refused) = await Client.SendAsync(Template.Replace("LOCATOR", "d001:p54", StringComparison.Ordinal), key: SeededApiFactory.Key);
        var (_, written) = await Client.SendAsync(Template.Replace("LOCATOR", "d001:p53", StringComparison.Ordinal), key: SeededApiFactory.Key);

        Errors(refused)["b"].Should().Be(("VALIDATION_FAILED", "The input is not valid: sources: locator d001:p54: d001 has paragraphs p1 to p53."));
        written.TryGetProperty("errors", out _).Should().BeFalse();
        written.GetProperty("data").GetProperty("b").GetProperty("id").GetString().Should().Be("inst.api-batch-mu|LOCATED_IN|region.jiaxing");
        (await ProbeIdsAsync()).Should().Equal("inst.api-batch-mu");
    }

    private static Dictionary<string, (string? Code, string? Message)> Errors(JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("path")[0].GetString()!,
            e => (e.GetProperty("extensions").GetProperty("code").GetString(), e.GetProperty("message").GetString()));

    private async Task<List<string>> ProbeIdsAsync() =>
        [.. (await graph.QueryAsync<Named>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-batch-' RETURN n.id AS name ORDER BY name")).Select(n => n.Name)];

    private Task CleanAsync() =>
        graph.QueryAsync<Count>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-batch-' DETACH DELETE n RETURN count(*) AS n");

    public sealed record Count(long N);

    public sealed record Named(string Name);
}
