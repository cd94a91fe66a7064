using System.Text.Json;
using InnoGraph.Graph.Storage;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// What every graph view answers, on the curated dataset: typed properties only, names and aliases as fields,
/// and derived links whose sources are those of the stored facts behind them.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class GraphOutputTests(SeededGraphFixture graph)
{
    private const string GraphFields = """
        nodes { id nameEn aliases { name script } properties }
        edges { id type properties sources { locator document { id } } via { id properties } }
        """;

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public static TheoryData<string, string> Views => new()
    {
        { "collaborationNetwork", """collaborationNetwork(city: "嘉兴", depth: 2)""" },
        { "cityCollaboration", """cityCollaboration(city: "嘉兴")""" },
        { "responsibilityNetwork", """responsibilityNetwork(plan: "315")""" },
        { "neighbourhood", """neighbourhood(ids: ["inst.tsinghua-yangtze-delta"], depth: 2)""" },
        { "shortestPath", """shortestPath(from: "清华大学", to: "嘉兴市")""" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task graph_properties_hold_no_storage_field(string field, string call)
    {
        var view = (await Client.DataAsync($"{{ {call} {{ {GraphFields} }} }}")).GetProperty(field);

        var nodes = view.GetProperty("nodes").EnumerateArray().ToList();
        var edges = view.GetProperty("edges").EnumerateArray().ToList();
        nodes.Should().NotBeEmpty();
        var parts = nodes.Concat(edges).Concat(edges.SelectMany(Via));
        foreach (var part in parts)
        {
            PropertyNames(part).Should().NotIntersectWith(StoredProperties.Internal, "{0} of {1} shows only typed properties", part.GetProperty("id"), field);
        }

        var tsinghua = nodes.FirstOrDefault(n => n.GetProperty("id").GetString() == "univ.tsinghua");
        if (tsinghua.ValueKind == JsonValueKind.Object)
        {
            tsinghua.GetProperty("nameEn").GetString().Should().NotBeNullOrEmpty();
            tsinghua.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Should().Contain("清华");
        }
    }

    [Fact]
    public async Task a_city_link_carries_the_sources_of_the_co_building_and_of_both_places()
    {
        var edges = await EdgesAsync("""cityCollaboration(city: "嘉兴")""");

        edges.Should().NotBeEmpty().And.OnlyContain(e => Locators(e).Count > 0, "a derived link rests on stored facts");
        edges.SelectMany(e => e.GetProperty("sources").EnumerateArray()).Should().OnlyContain(s => s.GetProperty("document").ValueKind == JsonValueKind.Object);
        var beijing = edges.Single(e => e.GetProperty("id").GetString() == "region.jiaxing|COLLABORATES_WITH|region.beijing");
        var facts = await graph.QueryAsync<Sources>(
            """
            MATCH (i:Entity {id: 'inst.tsinghua-yangtze-delta'})-[b:CO_BUILT_WITH]->(u:Entity {id: 'univ.tsinghua'})-[h:LOCATED_IN]->(:Entity)
            MATCH (i)-[l:LOCATED_IN]->(:Entity)
            RETURN b.sources + h.sources + l.sources AS locators
            """);
        facts.Should().NotBeEmpty();
        Locators(beijing).Should().Contain(facts.SelectMany(f => f.Locators));
        Locators(beijing).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task a_shared_task_link_carries_the_sources_of_both_units_responsibilities()
    {
        var edges = await EdgesAsync("""responsibilityNetwork(plan: "315")""");

        edges.Should().NotBeEmpty().And.OnlyContain(e => Locators(e).Count > 0);
        foreach (var edge in edges.Take(10))
        {
            var (a, b) = Ends(edge);
            var task = Via(edge).First().GetProperty("id").GetString();
            var facts = await graph.QueryAsync<Sources>(
                "MATCH (a:Entity {id: $a})-[r1:RESPONSIBLE_FOR]->(:Entity {id: $t})<-[r2:RESPONSIBLE_FOR]-(b:Entity {id: $b}) RETURN r1.sources + r2.sources AS locators",
                ("a", a), ("b", b), ("t", task));
            facts.Should().ContainSingle();
            Locators(edge).Should().Contain(facts[0].Locators, "{0} shares {1}", edge.GetProperty("id"), task);
        }
    }

    private async Task<List<JsonElement>> EdgesAsync(string call)
    {
        var data = await Client.DataAsync($"{{ {call} {{ {GraphFields} }} }}");
        return [.. data.EnumerateObject().Single().Value.GetProperty("edges").EnumerateArray()];
    }

    private static (string A, string B) Ends(JsonElement edge)
    {
        var id = edge.GetProperty("id").GetString()!.Split('|');
        return (id[0], id[2]);
    }

    private static IEnumerable<JsonElement> Via(JsonElement edge) =>
        edge.TryGetProperty("via", out var via) && via.ValueKind == JsonValueKind.Array ? via.EnumerateArray() : [];

    private static List<string> PropertyNames(JsonElement part) => [.. part.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    private static List<string> Locators(JsonElement edge) =>
        [.. edge.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("locator").GetString()!)];

    public sealed record Sources(string[] Locators);
}
