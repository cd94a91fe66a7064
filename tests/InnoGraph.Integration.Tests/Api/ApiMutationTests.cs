using System.Net;
using System.Text.Json;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>Writes through the API, on ids of these tests' own, cleaned up afterwards.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiMutationTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string Upsert = """
        mutation($input: EntityInput!) { upsertEntity(input: $input) { id name origin updatedBy updatedAt sources { locator kind document { id } } ... on Institute { founded level } } }
        """;

    private const string AddRelation = """
        mutation($input: RelationInput!) { addRelation(input: $input) { id type direction node { id } sources { locator } } }
        """;

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task a_created_entity_and_its_relation_are_visible_to_the_next_query_with_who_and_when()
    {
        var entity = await Client.DataAsync(Upsert, new
        {
            input = new
            {
                id = "inst.api-test-probe",
                kind = "Institute",
                name = "接口测试研究院",
                nameEn = "API Test Institute",
                aliases = new[] { new { name = "接口測試研究院", script = "zh-Hant" } },
                sources = new[] { "d001:p9" },
                properties = new { founded = 2024, level = "municipal" },
            },
        }, SeededApiFactory.Key);
        var edge = await Client.DataAsync(AddRelation, new
        {
            input = new { from = "inst.api-test-probe", type = "LOCATED_IN", to = "region.jiaxing", sources = new[] { "d001:p9" } },
        }, SeededApiFactory.Key);

        var created = entity.GetProperty("upsertEntity");
        created.GetProperty("origin").GetString().Should().Be("api");
        created.GetProperty("updatedBy").GetString().Should().Be("integration-tests");
        created.GetProperty("updatedAt").GetString().Should().NotBeNullOrEmpty();
        created.GetProperty("founded").GetInt32().Should().Be(2024);
        created.GetProperty("sources")[0].GetProperty("document").GetProperty("id").GetString().Should().Be("d001");
        edge.GetProperty("addRelation").GetProperty("id").GetString().Should().Be("inst.api-test-probe|LOCATED_IN|region.jiaxing");

        var found = await Client.DataAsync("""{ search(text: "接口測試") { id relations(types: ["LOCATED_IN"]) { edges { node { id } } } } }""");
        var hit = found.GetProperty("search")[0];
        hit.GetProperty("id").GetString().Should().Be("inst.api-test-probe");
        hit.GetProperty("relations").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString().Should().Be("region.jiaxing");

        var network = await Client.DataAsync("""{ collaborationNetwork(city: "region.jiaxing") { nodes { id } } }""");
        network.GetProperty("collaborationNetwork").GetProperty("nodes").EnumerateArray().Should().Contain(n => n.GetProperty("id").GetString() == "inst.api-test-probe");
    }

    [Fact]
    public async Task updating_an_entity_adds_to_its_sources_and_refuses_a_change_of_kind()
    {
        await CreateProbeAsync("inst.api-test-update", "接口更新测试研究院");

        var updated = await Client.DataAsync(Upsert, new
        {
            input = new { id = "inst.api-test-update", kind = "Institute", name = "接口更新测试研究院(新)", sources = new[] { "d004:p1" } },
        }, SeededApiFactory.Key);
        var (_, conflict) = await Client.SendAsync(Upsert, new
        {
            input = new { id = "inst.api-test-update", kind = "Platform", name = "x", sources = new[] { "d004:p1" } },
        }, SeededApiFactory.Key);

        var entity = updated.GetProperty("upsertEntity");
        entity.GetProperty("name").GetString().Should().Be("接口更新测试研究院(新)");
        entity.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("locator").GetString()).Should().Equal("d001:p9", "d004:p1");
        conflict.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().BeOneOf("VALIDATION_FAILED", "CONFLICT");
        (await graph.QueryAsync<Named>("MATCH (n:Entity {id: 'inst.api-test-update'}) RETURN n.kind AS name"))[0].Name.Should().Be("Institute");
    }

    [Fact]
    public async Task a_removed_relation_is_gone_from_the_next_query()
    {
        await CreateProbeAsync("inst.api-test-remove", "接口删除测试研究院");
        await Client.DataAsync(AddRelation, new { input = new { from = "inst.api-test-remove", type = "LOCATED_IN", to = "region.jiaxing", sources = new[] { "d001:p9" } } }, SeededApiFactory.Key);

        var removed = await Client.DataAsync("""mutation { removeRelation(id: "inst.api-test-remove|LOCATED_IN|region.jiaxing") }""", key: SeededApiFactory.Key);
        var again = await Client.DataAsync("""mutation { removeRelation(id: "inst.api-test-remove|LOCATED_IN|region.jiaxing") }""", key: SeededApiFactory.Key);

        removed.GetProperty("removeRelation").GetBoolean().Should().BeTrue();
        again.GetProperty("removeRelation").GetBoolean().Should().BeFalse();
        var data = await Client.DataAsync("""{ entity(id: "inst.api-test-remove") { relations { totalCount } } }""");
        data.GetProperty("entity").GetProperty("relations").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task a_write_without_a_key_gets_401_and_the_graph_is_unchanged()
    {
        var (status, body) = await Client.SendAsync(Upsert, new
        {
            input = new { id = "inst.api-test-nokey", kind = "Institute", name = "无钥匙", sources = new[] { "d001:p9" } },
        });

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("UNAUTHENTICATED");
        (await graph.QueryAsync<Count>("MATCH (n:Entity {id: 'inst.api-test-nokey'}) RETURN count(n) AS n"))[0].N.Should().Be(0);
    }

    [Theory]
    [InlineData("""{"id": "inst.api-test-bad", "kind": "Person", "name": "x", "sources": ["d001:p9"]}""", "kind")]
    [InlineData("""{"id": "region.api-test-bad", "kind": "Institute", "name": "x", "sources": ["d001:p9"]}""", "must start with 'inst.'")]
    [InlineData("""{"id": "inst.api-test-bad", "kind": "Institute", "name": "x", "sources": []}""", "sources")]
    [InlineData("""{"id": "inst.api-test-bad", "kind": "Institute", "name": "x", "sources": ["d999:p1"]}""", "d999:p1")]
    [InlineData("""{"id": "inst.api-test-bad", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": {"founded": "long ago"}}""", "founded")]
    [InlineData("""{"id": "inst.api-test-bad", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": {"owner": "x"}}""", "owner")]
    [InlineData("""{"id": "region.jiaxing", "kind": "Region", "name": "x", "sources": ["d001:p9"], "properties": {"level": "galaxy"}}""", "level")]
    public async Task invalid_input_is_refused_with_a_reason_and_changes_nothing(string input, string mentioned)
    {
        var before = await graph.QueryAsync<Named>("MATCH (n:Entity {id: 'region.jiaxing'}) RETURN n.name AS name");

        var (status, body) = await Client.SendAsync(Upsert, new { input = JsonDocument.Parse(input).RootElement }, SeededApiFactory.Key);

        status.Should().Be(HttpStatusCode.OK);
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("message").GetString().Should().Contain(mentioned);
        (await graph.QueryAsync<Count>("MATCH (n:Entity {id: 'inst.api-test-bad'}) RETURN count(n) AS n"))[0].N.Should().Be(0);
        (await graph.QueryAsync<Named>("MATCH (n:Entity {id: 'region.jiaxing'}) RETURN n.name AS name")).Should().Equal(before);
    }

    [Fact]
    public async Task a_relation_between_kinds_its_type_does_not_join_is_refused()
    {
        await CreateProbeAsync("inst.api-test-kinds", "接口类型测试研究院");

        var (_, body) = await Client.SendAsync(AddRelation, new
        {
            input = new { from = "inst.api-test-kinds", type = "LOCATED_IN", to = "univ.tsinghua", sources = new[] { "d001:p9" } },
        }, SeededApiFactory.Key);

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        (await graph.QueryAsync<Count>("MATCH (:Entity {id: 'inst.api-test-kinds'})-[r]->() RETURN count(r) AS n"))[0].N.Should().Be(0);
    }

    [Fact]
    public async Task a_name_two_entities_share_is_reported_as_ambiguous_with_both_ids()
    {
        await CreateProbeAsync("inst.api-test-twin-a", "接口同名测试甲", alias: "接口同名测试");
        await CreateProbeAsync("inst.api-test-twin-b", "接口同名测试乙", alias: "接口同名测试");

        var (_, body) = await Client.SendAsync("""{ shortestPath(from: "接口同名测试", to: "region.jiaxing") { nodes { id } } }""");

        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("AMBIGUOUS");
        error.GetRawText().Should().Contain("inst.api-test-twin-a").And.Contain("inst.api-test-twin-b");
    }

    private async Task CreateProbeAsync(string id, string name, string? alias = null)
    {
        await Client.DataAsync(Upsert, new
        {
            input = new
            {
                id,
                kind = "Institute",
                name,
                aliases = alias is null ? Array.Empty<object>() : [new { name = alias }],
                sources = new[] { "d001:p9" },
            },
        }, SeededApiFactory.Key);
    }

    private Task CleanAsync() =>
        graph.QueryAsync<Count>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-test-' DETACH DELETE n RETURN count(*) AS n");

    public sealed record Count(long N);

    public sealed record Named(string Name);
}
