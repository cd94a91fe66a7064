using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// Collaboration networks on the curated dataset against lists read off the documents: the bodies they place in
/// a city, the partners they name, what depth adds, and the cities the partners are at home in.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class CollaborationNetworkTests(SeededGraphFixture graph)
{
    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public static TheoryData<string, string[]> CityBodies => new()
    {
        {
            "嘉兴", [
                "inst.tsinghua-yangtze-delta", "inst.zju-jiaxing", "inst.bit-yangtze-delta", "inst.sustech-jiaxing", "inst.fudan-jiashan",
                "inst.nanhu-institute", "inst.zhejiang-cas-applied-tech", "inst.cas-zhejiang", "inst.jiaxing-nano", "inst.tongkun-new-materials",
                "inst.tsinghua-flexible-electronics", "inst.cnis-yangtze-delta", "lab.xiangfu", "lab.nanhu", "lab.wuzhen",
                "univ.zju-haining", "univ.tongji-zhejiang-college", "plat.zju-yangtze-delta-smart-oasis", "plat.jiaxing.wuzhen-light-supercomputing",
                // partners the documents name
                "univ.zju", "univ.fudan", "univ.tsinghua", "univ.bit", "univ.sustech", "univ.tongji", "acad.cas", "ent.cetc", "ent.tongkun-group",
            ]
        },
        {
            "绍兴", [
                "inst.zju-shaoxing", "inst.sjtu-shaoxing", "inst.tju-zhejiang-design", "inst.xjtu-zhejiang-wide-bandgap", "lab.shaoxing.shaoxin-ic",
                "lab.shaoxing.jianhu-modern-textile", "lab.shaoxing.caoejiang-new-materials", "rdc.shengzhou.diatomite",
                "univ.zju", "univ.sjtu", "univ.tju", "univ.xjtu", "inst.cas.guangzhou-geochemistry",
            ]
        },
        { "嘉善", ["inst.fudan-jiashan", "univ.fudan", "plat.zju-yangtze-delta-smart-oasis", "univ.zju"] },
        { "桐乡", ["lab.wuzhen", "inst.tsinghua-yangtze-delta", "inst.tongkun-new-materials", "ent.tongkun-group", "plat.jiaxing.wuzhen-light-supercomputing"] },
    };

    [Theory]
    [MemberData(nameof(CityBodies))]
    public async Task a_citys_network_holds_the_bodies_the_documents_place_there_and_their_partners(string city, string[] expected)
    {
        var nodes = await NodeIdsAsync(city, 1);

        nodes.Should().Contain(expected);
        nodes.Should().NotContain(["univ.jiaxing.technician-college", "univ.jiaxing.pinghu-technician-college", "plat.jiaxing.jiashan.foreign-work-single-window"], "service windows and technician schools are not collaboration partners");
    }

    [Fact]
    public async Task every_body_of_the_network_comes_with_where_it_is_stated()
    {
        var data = await Client.DataAsync("""{ collaborationNetwork(city: "嘉兴") { nodes { id sources { locator document { id } } } edges { type sources { locator } } } }""");

        var network = data.GetProperty("collaborationNetwork");
        network.GetProperty("nodes").EnumerateArray().Should().OnlyContain(n => n.GetProperty("sources").GetArrayLength() > 0);
        network.GetProperty("edges").EnumerateArray().Should().OnlyContain(e => e.GetProperty("sources").GetArrayLength() > 0);
        network.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Should().Contain(["CO_BUILT_WITH", "PART_OF", "LOCATED_IN"]);
    }

    [Theory]
    [InlineData("嘉兴")]
    [InlineData("绍兴")]
    [InlineData("嘉善")]
    [InlineData("桐乡")]
    public async Task a_larger_depth_returns_a_superset_and_grows_where_the_data_allows(string city)
    {
        var one = await NodeIdsAsync(city, 1);
        var two = await NodeIdsAsync(city, 2);
        var three = await NodeIdsAsync(city, 3);

        two.Should().Contain(one);
        three.Should().Contain(two);
        two.Count.Should().BeGreaterThan(one.Count, "the partners of {0}'s bodies have other bodies and partners", city);
    }

    [Fact]
    public async Task depth_two_reaches_a_partners_other_bodies_and_their_partners()
    {
        var one = await NodeIdsAsync("嘉善", 1);
        var two = await NodeIdsAsync("嘉善", 2);

        one.Should().Contain("univ.zju").And.NotContain("inst.zju-shaoxing");
        two.Should().Contain(["inst.zju-shaoxing", "univ.zju-haining"], "浙江大学 is a partner at depth 1 and these are its other bodies");
    }

    [Fact]
    public async Task kinds_narrow_the_bodies_and_widen_with_what_is_joined_to_them()
    {
        var institutes = await KindsAsync("""collaborationNetwork(city: "嘉兴", kinds: ["Institute"])""");
        institutes.Should().Contain("Institute").And.NotContain(["University", "Laboratory", "Enterprise"]);

        var widened = await KindsAsync("""collaborationNetwork(city: "嘉兴", kinds: ["Institute", "Laboratory", "University", "Designation"])""");
        widened.Should().Contain(["Institute", "Laboratory", "University", "Designation"]);

        var byDefault = await KindsAsync("""collaborationNetwork(city: "嘉兴")""");
        byDefault.Should().NotContain(["Programme", "Indicator", "Designation", "Task", "Plan"]);
    }

    [Fact]
    public async Task kinds_outside_the_catalogue_are_refused_by_name()
    {
        var (_, body) = await Client.SendAsync("""{ collaborationNetwork(city: "嘉兴", kinds: ["Person"]) { nodes { id } } }""");

        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("'Person' in 'kinds' is not an entity kind");
    }

    [Fact]
    public async Task the_city_links_of_jiaxing_reach_every_partners_home_city_with_the_bodies_behind_them()
    {
        var data = await Client.DataAsync("""{ cityCollaboration(city: "嘉兴") { edges { source target weight via { id kind } } } }""");

        var edges = data.GetProperty("cityCollaboration").GetProperty("edges").EnumerateArray().ToList();
        edges.Should().OnlyContain(e => e.GetProperty("source").GetString() == "region.jiaxing", "a city's links start at the city asked for");
        var targets = edges.Select(e => e.GetProperty("target").GetString()).ToList();
        targets.Should().Contain(["region.beijing", "region.shanghai", "region.hangzhou", "region.shenzhen"]).And.OnlyHaveUniqueItems();
        foreach (var edge in edges)
        {
            var via = edge.GetProperty("via").EnumerateArray().ToList();
            via.Select(v => v.GetProperty("id").GetString()).Should().OnlyHaveUniqueItems();
            via.Should().NotContain(v => v.GetProperty("kind").GetString() == "Region");
            edge.GetProperty("weight").GetDouble().Should().Be(via.Count);
        }

        var hangzhou = edges.Single(e => e.GetProperty("target").GetString() == "region.hangzhou");
        hangzhou.GetProperty("via").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Should().Contain(["inst.zju-jiaxing", "univ.zju"]);
    }

    private async Task<HashSet<string>> NodeIdsAsync(string city, int depth)
    {
        var data = await Client.DataAsync($$"""{ collaborationNetwork(city: "{{city}}", depth: {{depth}}) { nodes { id } } }""");
        return [.. data.GetProperty("collaborationNetwork").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }

    private async Task<HashSet<string>> KindsAsync(string call)
    {
        var data = await Client.DataAsync($"{{ {call} {{ nodes {{ kind }} }} }}");
        return [.. data.EnumerateObject().Single().Value.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()!)
            .Where(k => k is not ("Region" or "Park"))];
    }
}
