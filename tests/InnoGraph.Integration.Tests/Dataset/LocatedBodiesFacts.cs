using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Dataset;

/// <summary>
/// Which institutes, laboratories, R&amp;D centres and platforms the documents place in Jiaxing,
/// Shaoxing, Jiashan and Tongxiang. The lists are read off the documents by hand (the paragraph
/// that places each body is in the comment), not taken from the graph; every body listed must be
/// located in the place, directly, through a park or platform, or through the region hierarchy —
/// the way collaborationNetwork walks it.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class LocatedBodiesFacts(SeededGraphFixture graph)
{
    private const string InPlaceCypher =
        "MATCH (place:Region) WHERE place.name = $place OR $place IN place.aliases " +
        "MATCH (b:Entity)-[:LOCATED_IN*1..2]->(:Entity)-[:PART_OF*0..3]->(place) WHERE b.id IN $ids " +
        "RETURN DISTINCT b.id AS id";

    // Jiashan: d001:p27 (the county's single window), d004:p23 (its part of the demonstration zone).
    private static readonly string[] Jiashan =
    [
        "plat.jiaxing.jiashan.foreign-work-single-window",
        "inst.fudan-jiashan",
        "plat.zju-yangtze-delta-smart-oasis",
    ];

    // Tongxiang: d001:p27 (the county's enterprise institute); Wuzhen, a town of Tongxiang, for the
    // laboratory the counties co-built (d001:p17) and the supercomputing centre (d004:p13).
    private static readonly string[] Tongxiang =
    [
        "inst.tongkun-new-materials",
        "lab.wuzhen",
        "plat.jiaxing.wuzhen-light-supercomputing",
    ];

    private static readonly string[] Jiaxing =
    [
        .. Jiashan,
        .. Tongxiang,
        "inst.tsinghua-yangtze-delta",                  // d001:p11 落地嘉兴, d001:p34 its Jiaxing headquarters
        "inst.zhejiang-cas-applied-tech",               // d001:p12, the carriers the city co-built
        "inst.nanhu-institute",                         // d001:p12
        "lab.nanhu",                                    // d001:p12
        "inst.cnis-yangtze-delta",                      // d001:p17, co-built by the city's counties
        "inst.tsinghua-flexible-electronics",           // d001:p31
        "inst.cas-zhejiang",                            // d001:p31
        "inst.jiaxing-nano",                            // d001:p31
        "plat.jiaxing.g60-corridor",                    // d001:p20, the corridor's Jiaxing section
        "plat.yangtze-delta-roadshow-centre",           // d001:p42, set up by the city
        "plat.g60-roadshow-centre",                     // d001:p42
        "plat.jiaxing.enterprise-rd-project-system",    // d001:p47
        "plat.zheli-super-deduction",                   // d001:p47
        "inst.zju-jiaxing",                             // d004:p10, the plan's carriers in the city
        "inst.bit-yangtze-delta",                       // d004:p10
        "inst.sustech-jiaxing",                         // d004:p13
        "lab.xiangfu",                                  // d004:p13
        "plat.jiaxing.g60-ring-city-belt",              // d004:p9
        "plat.alibaba-yangtze-delta-computing-base",    // d004:p13
        "plat.jiaxing.pinghu-runze-data-centre",        // d004:p13, in Pinghu
        "plat.jiaxing.technology-market",               // d004:p16
        "plat.jiaxing.tech-transfer-home",              // d004:p17
        "plat.jiaxing.one-home-three-stations",         // d004:p19
        "plat.jiaxing.nanhu-youth-innovation-city",     // d004:p20
        "plat.g60-tech-transfer-demo-base",             // d004:p23
    ];

    private static readonly string[] Shaoxing =
    [
        "inst.zju-shaoxing",                            // d003:p2, the four institutes co-built in 2021
        "inst.sjtu-shaoxing",                           // d003:p2
        "inst.tju-zhejiang-design",                     // d003:p2
        "inst.xjtu-zhejiang-wide-bandgap",              // d003:p2
        "plat.shaoxing.innovation-corridor",            // d003:p2
        "lab.shaoxing.jianhu-modern-textile",           // d003:p3, the three laboratories
        "lab.shaoxing.shaoxin-ic",                      // d003:p3
        "lab.shaoxing.caoejiang-new-materials",         // d003:p3
        "plat.shaoxing.crowd-innovation-cloud",         // d003:p3, the three provincial pilot applications
        "plat.shaoxing.instrument-sharing",             // d003:p3
        "plat.shaoxing.achievement-transfer-tracking",  // d003:p3
        "plat.guowei-waterfowl-breeding-base",          // d003:p4
        "plat.shengzhou.industrial-creative-design-base",  // d002:p5, Shengzhou is a county of Shaoxing
        "plat.shengzhou.featured-industrial-design-base",  // d002:p5
        "plat.shengzhou.innovation-centre",             // d002:p9
        "rdc.shengzhou.china-kitchenware",              // d002:p12
        "rdc.shengzhou.china-micro-motor",              // d002:p12
        "rdc.shengzhou.diatomite",                      // d002:p12
        "plat.shengzhou.venture-fund-service-centre",   // d002:p13
    ];

    public static TheoryData<string, string[]> Places => new()
    {
        { "嘉兴", Jiaxing },
        { "绍兴", Shaoxing },
        { "嘉善", Jiashan },
        { "桐乡", Tongxiang },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public async Task every_body_the_documents_place_in_a_city_or_county_is_located_there(string place, string[] expected)
    {
        var rows = await graph.QueryAsync<IdRow>(InPlaceCypher, ("place", place), ("ids", expected));

        rows.Select(r => r.Id).Should().BeEquivalentTo(expected, $"the documents place each of them in {place}");
    }

    [Fact]
    public async Task the_bodies_of_one_city_are_not_placed_in_the_other()
    {
        var inShaoxing = await graph.QueryAsync<IdRow>(InPlaceCypher, ("place", "绍兴"), ("ids", Jiaxing));
        var inJiaxing = await graph.QueryAsync<IdRow>(InPlaceCypher, ("place", "嘉兴"), ("ids", Shaoxing));

        inShaoxing.Should().BeEmpty();
        inJiaxing.Should().BeEmpty();
    }

    private sealed record IdRow(string Id);
}
