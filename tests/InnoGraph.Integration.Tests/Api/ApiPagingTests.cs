using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>Keyset cursors stay correct when the graph changes between pages.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiPagingTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string Page = """
        query($after: String) { entity(id: "region.jiaxing") { relations(first: 6, after: $after, kinds: ["Institute"]) { pageInfo { hasNextPage endCursor } edges { id node { id name } } } } }
        """;

    private const string Upsert = """mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }""";

    private const string AddRelation = """mutation($input: RelationInput!) { addRelation(input: $input) { id } }""";

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task edges_added_before_and_after_the_cursor_between_pages_neither_repeat_nor_skip_edges()
    {
        var all = await ReadAllAsync(null);
        all.Count.Should().BeGreaterThan(6, "region.jiaxing should have more than one page of institutes");
        var (firstPage, cursor) = await ReadPageAsync(null);

        // "0" sorts before every Chinese name, "龟" after every name on the first page.
        await LinkAsync("inst.api-page-before", "0接口分页测试研究院");
        await LinkAsync("inst.api-page-after", "龟接口分页测试研究院");
        var rest = await ReadAllAsync(cursor);

        var seen = firstPage.Concat(rest).ToList();
        seen.Should().OnlyHaveUniqueItems();
        seen.Should().Contain(all);
        seen.Should().Contain("inst.api-page-after|LOCATED_IN|region.jiaxing");
        seen.Should().NotContain("inst.api-page-before|LOCATED_IN|region.jiaxing");
    }

    [Fact]
    public async Task browsing_a_kind_page_by_page_visits_every_entity_of_it_once()
    {
        var expected = await graph.QueryAsync<Id>("MATCH (n:GovernmentBody) RETURN n.id AS value");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var data = await Client.DataAsync(
                """query($after: String) { entities(kind: "GovernmentBody", first: 9, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind } } } }""",
                new { after });
            var connection = data.GetProperty("entities");
            connection.GetProperty("totalCount").GetInt32().Should().Be(expected.Count);
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var info = connection.GetProperty("pageInfo");
            after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        seen.Should().BeEquivalentTo(expected.Select(e => e.Value)).And.OnlyHaveUniqueItems();
    }

    private async Task<List<string>> ReadAllAsync(string? after)
    {
        var seen = new List<string>();
        do
        {
            var (page, next) = await ReadPageAsync(after);
            seen.AddRange(page);
            after = next;
        }
        while (after is not null);

        return seen;
    }

    private async Task<(List<string> Edges, string? Next)> ReadPageAsync(string? after)
    {
        var data = await Client.DataAsync(Page, new { after });
        var connection = data.GetProperty("entity").GetProperty("relations");
        var edges = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        var info = connection.GetProperty("pageInfo");
        return (edges, info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null);
    }

    private async Task LinkAsync(string id, string name)
    {
        await Client.DataAsync(Upsert, new { input = new { id, kind = "Institute", name, sources = new[] { "d001:p9" } } }, SeededApiFactory.Key);
        await Client.DataAsync(AddRelation, new { input = new { from = id, type = "LOCATED_IN", to = "region.jiaxing", sources = new[] { "d001:p9" } } }, SeededApiFactory.Key);
    }

    private Task CleanAsync() =>
        graph.QueryAsync<Id>("MATCH (n:Entity) WHERE n.id STARTS WITH 'inst.api-page-' DETACH DELETE n RETURN 'done' AS value");

    public sealed record Id(string Value);
}
