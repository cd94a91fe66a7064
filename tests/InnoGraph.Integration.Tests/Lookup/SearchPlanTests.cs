using InnoGraph.Integration.Tests.Support;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Search;
using InnoGraph.Integration.Tests.Api;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Lookup;

/// <summary>Name search starts from the search keys: its plans never scan the entities, and it still finds what a substring match finds.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SearchPlanTests(SeededGraphFixture graph)
{
    private static readonly FieldSelection Id = new("id", "id", new Dictionary<string, object?>(), []);

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    [Theory]
    [InlineData("科技局")]
    [InlineData("科")]
    [InlineData("局")]
    [InlineData("tsinghua")]
    [InlineData("嘉興")]
    public async Task search_and_the_entities_text_filter_plan_without_scanning_entities(string text)
    {
        var search = SearchQuery.Plan(new SearchRequest(text), new FieldSelection("search", "search", new Dictionary<string, object?>(), [Id]));
        var entities = EntitiesQuery.Plan(
            new EntitiesRequest(Text: text),
            new FieldSelection("entities", "entities", new Dictionary<string, object?>(), [new("totalCount", "totalCount", new Dictionary<string, object?>(), [])]));

        foreach (var plan in new[] { await QueryPlans.OperatorsAsync(graph, search.Statement), await QueryPlans.OperatorsAsync(graph, entities.Statement) })
        {
            // The read preamble's scan of the Document nodes (__d) is not one of the entities.
            plan.Should().NotContain(o => o.StartsWith("AllNodesScan", StringComparison.Ordinal) || (o.StartsWith("NodeByLabelScan", StringComparison.Ordinal) && !o.Contains("\"__d\"", StringComparison.Ordinal)), string.Join('\n', plan));
        }
    }

    [Theory]
    [InlineData("科技局")]
    [InlineData("科")]
    [InlineData("局")]
    [InlineData("tsinghua")]
    [InlineData("tsinghua univ")]
    [InlineData("嘉興")]
    [InlineData("gov.jiaxing.science-bureau")]
    public async Task search_finds_the_entities_whose_names_contain_the_text_best_first(string text)
    {
        var expected = await graph.QueryAsync<IdRow>(
            "MATCH (n:Entity) WHERE n.searchText CONTAINS $key OR n.id = $text RETURN n.id AS id",
            ("key", Domain.Text.SearchText.Normalize(text)),
            ("text", text));

        var data = await Client.DataAsync("query($t: String!) { search(text: $t, first: 100) { id } }", new { t = text });
        var found = data.GetProperty("search").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();

        expected.Should().NotBeEmpty();
        found.Should().HaveCount(Math.Min(100, expected.Count)).And.OnlyHaveUniqueItems();
        found.Should().BeSubsetOf(expected.Select(e => e.Id));
    }

    [Fact]
    public async Task a_latin_text_matches_from_the_start_of_a_word()
    {
        var data = await Client.DataAsync("""{ whole: search(text: "tsinghua") { id } inside: search(text: "singhua") { id } count: entities(text: "singhua") { totalCount } }""");

        data.GetProperty("whole").GetArrayLength().Should().BeGreaterThan(0);
        data.GetProperty("inside").GetArrayLength().Should().Be(0);
        data.GetProperty("count").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task a_text_no_name_holds_finds_nothing()
    {
        var data = await Client.DataAsync("""{ search(text: "没有这种名字") { id } entities(text: "没有这种名字") { totalCount } }""");

        data.GetProperty("search").GetArrayLength().Should().Be(0);
        data.GetProperty("entities").GetProperty("totalCount").GetInt32().Should().Be(0);
    }

    private sealed record IdRow(string Id);
}
