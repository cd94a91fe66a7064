using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Dataset;

/// <summary>
/// Facts of d003, Shaoxing's high-level innovative city (figures of 2021), written in traditional
/// characters. Expected values are read off the document by hand; names in the graph are
/// simplified and the spellings of the text are aliases.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class D003Facts(SeededGraphFixture graph)
{
    private const string ObservationCypher =
        "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) " +
        "WHERE m.year = 2021 AND any(s IN m.sources WHERE s STARTS WITH 'd003:') " +
        "RETURN m.value AS value, m.unit AS unit, m.qualifier AS qualifier, m.sources AS sources ORDER BY m.value";

    [Theory]
    [InlineData("紹興", "region.shaoxing")]
    [InlineData("浙江大學紹興研究院", "inst.zju-shaoxing")]
    [InlineData("鑒湖現代紡織", "lab.shaoxing.jianhu-modern-textile")]
    [InlineData("中科院微系統所", "inst.cas.simit")]
    [InlineData("眾創共享科創云平臺‘揭榜掛帥’", "plat.shaoxing.crowd-innovation-cloud")]
    [InlineData("全省優秀制度成果", "desig.zhejiang.excellent-institutional-achievement")]
    public async Task a_traditional_spelling_of_the_text_resolves_to_the_simplified_entity(string spelling, string id)
    {
        var rows = await graph.QueryAsync<IdRow>(
            "MATCH (e:Entity) WHERE $spelling IN e.aliases RETURN e.id AS id",
            ("spelling", spelling));

        rows.Should().ContainSingle().Which.Id.Should().Be(id);
    }

    [Fact]
    public async Task the_four_institutes_of_2021_were_each_built_with_their_university_and_shaoxing()
    {
        var rows = await graph.QueryAsync<PairRow>(
            "MATCH (i:Institute)-[r:CO_BUILT_WITH]->(u:University) WHERE 'd003:p2' IN r.sources " +
            "MATCH (i)-[:CO_BUILT_WITH]->(:Region {id: $city}) RETURN i.id AS subject, u.id AS object ORDER BY i.id",
            ("city", "region.shaoxing"));

        rows.Should().Equal(
            new PairRow("inst.sjtu-shaoxing", "univ.sjtu"),
            new PairRow("inst.tju-zhejiang-design", "univ.tju"),
            new PairRow("inst.xjtu-zhejiang-wide-bandgap", "univ.xjtu"),
            new PairRow("inst.zju-shaoxing", "univ.zju"));
    }

    [Theory]
    [InlineData("ind.high-tech-enterprises", 2207)]
    [InlineData("ind.sci-tech-smes", 7947)]
    [InlineData("ind.industrial-rd-expenditure", 259.5)]
    [InlineData("ind.industrial-rd-revenue-share", 3.35)]
    [InlineData("ind.industrial-rd-activity-coverage", 83.8)]
    [InlineData("ind.sci-tech-loans", 1045)]
    public async Task shaoxing_figures_of_2021_are_recorded(string indicator, double expected)
    {
        var rows = await graph.QueryAsync<ObservationRow>(ObservationCypher, ("region", "region.shaoxing"), ("indicator", indicator));

        rows.Should().ContainSingle().Which.Value.Should().Be(expected);
    }

    [Fact]
    public async Task shaoxing_leads_the_province_in_rd_spending_as_a_share_of_revenue_per_p3()
    {
        var rows = await graph.QueryAsync<RankRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) " +
            "RETURN m.year AS year, m.value AS value, m.scope AS scope, m.sources AS sources",
            ("region", "region.shaoxing"),
            ("indicator", "ind.industrial-rd-revenue-share-rank"));

        rows.Should().ContainSingle();
        rows[0].Should().BeEquivalentTo(new RankRow(2021, 1, "province", ["d003:p3"]));
    }

    [Fact]
    public async Task co_built_institutes_count_thirty_in_all_of_which_four_are_new()
    {
        var rows = await graph.QueryAsync<ObservationRow>(ObservationCypher, ("region", "region.shaoxing"), ("indicator", "ind.co-built-institutes"));

        rows.Select(r => (r.Value, r.Qualifier)).Should().Equal((4.0, "new"), (30.0, "cumulative"));
    }

    [Fact]
    public async Task new_talent_selections_of_2021_are_kept_per_programme()
    {
        var rows = await graph.QueryAsync<ObservationRow>(ObservationCypher, ("region", "region.shaoxing"), ("indicator", "ind.talent-programme-selections"));

        rows.ToDictionary(r => r.Qualifier!, r => r.Value).Should().BeEquivalentTo(new Dictionary<string, double>
        {
            ["national-talent-recruitment"] = 10,
            ["national-special-support"] = 3,
            ["provincial-talent-recruitment"] = 21,
            ["provincial-special-support"] = 6,
            ["provincial-overseas-engineers"] = 63,
            ["provincial-leading-innovation-teams"] = 6,
            ["provincial-foreign-expert-workstations"] = 2,
        });
        rows.Should().OnlyContain(r => r.Sources.SequenceEqual(new[] { "d003:p4" }));
    }

    [Fact]
    public async Task shangyu_zone_shares_the_provincial_title_with_the_jiaxing_zones()
    {
        var rows = await graph.QueryAsync<IdRow>(
            "MATCH (z:Park)-[:DESIGNATED_AS]->(:Designation {id: $title}) RETURN z.id AS id ORDER BY z.id",
            ("title", "desig.zhejiang.high-tech-zone-outstanding-contributor"));
        var place = await graph.QueryAsync<IdRow>(
            "MATCH (:Park {id: $zone})-[:LOCATED_IN]->(d:Region)-[:PART_OF]->(c:Region) RETURN d.id + '/' + c.id AS id",
            ("zone", "park.shaoxing.shangyu-high-tech-zone"));

        rows.Select(r => r.Id).Should().Contain("park.shaoxing.shangyu-high-tech-zone")
            .And.Contain("park.jiaxing.xiuzhou-high-tech-zone")
            .And.HaveCount(4);
        place.Should().ContainSingle().Which.Id.Should().Be("region.shaoxing.shangyu/region.shaoxing");
    }

    [Fact]
    public async Task the_three_labs_are_in_shaoxing_and_two_carry_provincial_titles()
    {
        var labs = await graph.QueryAsync<IdRow>(
            "MATCH (l:Laboratory)-[r:LOCATED_IN]->(:Region {id: $city}) WHERE 'd003:p3' IN r.sources RETURN l.id AS id ORDER BY l.id",
            ("city", "region.shaoxing"));
        var titles = await graph.QueryAsync<PairRow>(
            "MATCH (l:Laboratory)-[:DESIGNATED_AS]->(d:Designation) WHERE l.id IN $labs RETURN l.id AS subject, d.id AS object ORDER BY l.id",
            ("labs", labs.Select(l => l.Id).ToArray()));

        labs.Select(l => l.Id).Should().Equal(
            "lab.shaoxing.caoejiang-new-materials",
            "lab.shaoxing.jianhu-modern-textile",
            "lab.shaoxing.shaoxin-ic");
        titles.Should().Equal(
            new PairRow("lab.shaoxing.jianhu-modern-textile", "desig.zhejiang.tech-innovation-centre"),
            new PairRow("lab.shaoxing.shaoxin-ic", "desig.zhejiang.engineering-centre"));
    }

    [Fact]
    public async Task the_xunshi_us_rd_centre_is_in_the_united_states_and_belongs_to_the_firm()
    {
        var rows = await graph.QueryAsync<PairRow>(
            "MATCH (c:RdCentre {id: $centre})-[:LOCATED_IN]->(r:Region), (c)-[:PART_OF]->(f:Enterprise) RETURN r.id AS subject, f.id AS object",
            ("centre", "rdc.xunshi-us"));

        rows.Should().Equal(new PairRow("region.usa", "ent.zhejiang-xunshi-tech"));
    }

    [Fact]
    public async Task two_zones_lead_on_per_mu_efficiency_which_ranks_shaoxing_second_per_p2()
    {
        var count = await graph.QueryAsync<ObservationRow>(ObservationCypher, ("region", "region.shaoxing"), ("indicator", "ind.per-mu-leader-high-tech-zones"));
        var rank = await graph.QueryAsync<RankRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) RETURN m.year AS year, m.value AS value, m.scope AS scope, m.sources AS sources",
            ("region", "region.shaoxing"),
            ("indicator", "ind.per-mu-leader-high-tech-zones-rank"));

        count.Should().ContainSingle().Which.Value.Should().Be(2);
        rank.Should().ContainSingle().Which.Should().BeEquivalentTo(new RankRow(2021, 2, "province", ["d003:p2"]));
    }

    [Fact]
    public async Task the_one_touch_instrument_sharing_application_carries_three_titles_per_p3()
    {
        var rows = await graph.QueryAsync<IdRow>(
            "MATCH (:Platform {id: $app})-[r:DESIGNATED_AS]->(d:Designation) WHERE 'd003:p3' IN r.sources RETURN d.id AS id ORDER BY d.id",
            ("app", "plat.shaoxing.instrument-sharing"));

        rows.Select(r => r.Id).Should().Equal(
            "desig.national.innovation-reform-task-list-2021",
            "desig.zhejiang.digital-economy-excellent-application",
            "desig.zhejiang.excellent-institutional-achievement");
    }

    [Fact]
    public async Task matchmaking_of_2021_counts_over_ten_events_and_over_300_experts_per_p4()
    {
        var events = await graph.QueryAsync<ObservationRow>(ObservationCypher, ("region", "region.shaoxing"), ("indicator", "ind.matchmaking-events"));
        var experts = await graph.QueryAsync<ObservationRow>(ObservationCypher, ("region", "region.shaoxing"), ("indicator", "ind.matchmaking-experts"));

        events.Select(r => (r.Value, r.Qualifier)).Should().Equal((10.0, "over"));
        experts.Select(r => (r.Value, r.Unit)).Should().Equal((100.0, "persons"), (300.0, "persons"));
        events.Concat(experts).Should().OnlyContain(r => r.Sources.SequenceEqual(new[] { "d003:p4" }));
    }

    private sealed record IdRow(string Id);

    private sealed record PairRow(string Subject, string Object);

    private sealed record ObservationRow(double Value, string Unit, string? Qualifier, string[] Sources);

    private sealed record RankRow(int Year, double Value, string Scope, string[] Sources);
}
