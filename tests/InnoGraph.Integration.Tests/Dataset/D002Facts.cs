using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Dataset;

/// <summary>
/// Facts of d002, Shengzhou's ten innovation actions for the provincial innovative pilot city bid.
/// The text repeats paragraphs 5-14 as 15-24; facts cite the first occurrence and then the repeat.
/// Expected values are read off the document by hand.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class D002Facts(SeededGraphFixture graph)
{
    [Fact]
    public async Task the_ten_actions_make_up_the_plan_in_the_order_of_the_text()
    {
        var rows = await graph.QueryAsync<ActionRow>(
            "MATCH (a:Action)-[r:PART_OF]->(:Plan {id: $plan}) RETURN a.name AS name, r.order AS order ORDER BY r.order",
            ("plan", "plan.shengzhou.ten-actions"));

        rows.Select(r => r.Name).Should().Equal(
            "现代产业体系发展行动",
            "企业创新主体地位培育行动",
            "技术市场建设行动",
            "科技惠民促进行动",
            "创新平台整合行动",
            "知识产权提升行动",
            "创新人才培养行动",
            "科技招商推进行动",
            "科技服务深化行动",
            "创新环境优化行动");
        rows.Select(r => r.Order).Should().Equal(Enumerable.Range(1, 10));
    }

    [Fact]
    public async Task an_action_cites_its_paragraph_first_and_the_repeated_paragraph_second()
    {
        var rows = await graph.QueryAsync<SourcesRow>(
            "MATCH (a:Action {id: $action})-[r:PART_OF]->(:Plan) RETURN r.sources AS sources",
            ("action", "action.sz10.6"));

        rows.Should().ContainSingle().Which.Sources.Should().Equal("d002:p10", "d002:p20");
    }

    [Theory]
    [InlineData("ind.invention-patents-granted", new[] { 2013, 2015, 2017 }, new[] { 83.0, 108.0, 146.0 }, "d002:p10")]
    [InlineData("ind.enterprise-postdoctoral-workstations", new[] { 2013, 2015, 2017 }, new[] { 2.0, 3.0, 6.0 }, "d002:p11")]
    public async Task shengzhou_targets_for_2013_2015_and_2017_are_recorded(string indicator, int[] years, double[] values, string paragraph)
    {
        var rows = await graph.QueryAsync<SeriesRow>(
            "MATCH (:Region {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) " +
            "RETURN m.year AS year, m.value AS value, m.status AS status, m.sources AS sources ORDER BY m.year",
            ("region", "region.shaoxing.shengzhou"),
            ("indicator", indicator));

        rows.Select(r => r.Year).Should().Equal(years);
        rows.Select(r => r.Value).Should().Equal(values);
        rows.Should().OnlyContain(r => r.Status == "target" && r.Sources[0] == paragraph);
    }

    [Fact]
    public async Task the_diatomite_centre_is_built_with_the_cas_guangzhou_institute_of_geochemistry()
    {
        var builders = await graph.QueryAsync<IdRow>(
            "MATCH (:RdCentre {id: $centre})-[:CO_BUILT_WITH]->(b:Entity) RETURN b.id AS id",
            ("centre", "rdc.shengzhou.diatomite"));
        var parent = await graph.QueryAsync<IdRow>(
            "MATCH (:Institute {id: $institute})-[:PART_OF]->(a:Academy) RETURN a.id AS id",
            ("institute", "inst.cas.guangzhou-geochemistry"));
        var byAlias = await graph.QueryAsync<IdRow>(
            "MATCH (e:Entity) WHERE $spelling IN e.aliases RETURN e.id AS id",
            ("spelling", "中科院广州地化所"));

        builders.Select(b => b.Id).Should().Equal("inst.cas.guangzhou-geochemistry");
        parent.Select(p => p.Id).Should().Equal("acad.cas");
        byAlias.Should().ContainSingle().Which.Id.Should().Be("inst.cas.guangzhou-geochemistry");
    }

    [Fact]
    public async Task the_pukou_park_sits_in_the_development_zone_and_in_pukou_of_shengzhou_of_shaoxing()
    {
        var zone = await graph.QueryAsync<IdRow>(
            "MATCH (:Park {id: $park})-[:PART_OF]->(z:Park) RETURN z.id AS id",
            ("park", "park.shengzhou.pukou-new-materials-energy"));
        var places = await graph.QueryAsync<IdRow>(
            "MATCH (:Park {id: $park})-[:LOCATED_IN]->(t:Region)-[:PART_OF]->(c:Region)-[:PART_OF]->(p:Region) " +
            "RETURN t.id + '/' + c.id + '/' + p.id AS id",
            ("park", "park.shengzhou.pukou-new-materials-energy"));

        zone.Select(z => z.Id).Should().Equal("park.shengzhou.edz");
        places.Select(p => p.Id).Should().Equal("region.shaoxing.shengzhou.pukou/region.shaoxing.shengzhou/region.shaoxing");
    }

    [Fact]
    public async Task the_city_party_committee_leads_and_the_government_runs_the_plan_per_p14()
    {
        var rows = await graph.QueryAsync<LeaderRow>(
            "MATCH (g:GovernmentBody)-[r]->(:Plan {id: $plan}) RETURN g.id AS id, type(r) AS type, r.sources AS sources ORDER BY g.id",
            ("plan", "plan.shengzhou.ten-actions"));

        rows.Select(r => (r.Id, r.Type)).Should().Equal(
            ("gov.shengzhou.government", "RUNS"),
            ("gov.shengzhou.party-committee", "ADMINISTERS"));
        rows.Should().OnlyContain(r => r.Sources.SequenceEqual(new[] { "d002:p14", "d002:p24" }));
    }

    [Fact]
    public async Task shengzhou_is_a_candidate_for_the_provincial_innovative_pilot_city_title()
    {
        var rows = await graph.QueryAsync<RoleRow>(
            "MATCH (:Region {id: $region})-[r:PARTICIPATES_IN]->(:Designation {id: $title}) RETURN r.role AS role, r.sources AS sources",
            ("region", "region.shaoxing.shengzhou"),
            ("title", "desig.zhejiang.innovative-pilot-city"));
        var byAlias = await graph.QueryAsync<IdRow>(
            "MATCH (e:Entity) WHERE $spelling IN e.aliases RETURN e.id AS id",
            ("spelling", "省创新试点城市"));

        rows.Should().ContainSingle();
        rows[0].Role.Should().Be("candidate");
        rows[0].Sources.Should().Equal("d002:p3", "d002:p4");
        byAlias.Should().ContainSingle().Which.Id.Should().Be("desig.zhejiang.innovative-pilot-city");
    }

    [Fact]
    public async Task the_venture_capital_fund_is_set_up_inside_the_100_million_yuan_innovative_city_fund()
    {
        var rows = await graph.QueryAsync<FundRow>(
            "MATCH (:Fund {id: $fund})-[:PART_OF]->(f:Fund)-[:PART_OF]->(a:Action) RETURN f.id AS id, f.amount AS amount, f.unit AS unit, a.id AS action",
            ("fund", "fund.shengzhou.st-venture-capital"));

        rows.Should().Equal(new FundRow("fund.shengzhou.innovative-city", 1, "100m CNY", "action.sz10.2"));
    }

    [Fact]
    public async Task shengzhou_takes_part_in_the_national_and_provincial_talent_plans_of_action_8()
    {
        var rows = await graph.QueryAsync<IdRow>(
            "MATCH (:Region {id: $region})-[r:PARTICIPATES_IN]->(p:Programme) WHERE 'd002:p12' IN r.sources RETURN p.id AS id ORDER BY p.id",
            ("region", "region.shaoxing.shengzhou"));

        rows.Select(r => r.Id).Should().Equal(
            "prog.national.thousand-talents",
            "prog.shaoxing.330-overseas-talent",
            "prog.young-scientist-training",
            "prog.zhejiang.thousand-talents");
    }

    [Fact]
    public async Task the_emerging_industries_fund_is_three_hundred_million_yuan_in_the_unit_vocabulary()
    {
        var rows = await graph.QueryAsync<FundRow>(
            "MATCH (f:Fund {id: $fund})-[:PART_OF]->(a:Action) RETURN f.id AS id, f.amount AS amount, f.unit AS unit, a.id AS action",
            ("fund", "fund.shengzhou.emerging-industries"));

        rows.Should().Equal(new FundRow("fund.shengzhou.emerging-industries", 3, "100m CNY", "action.sz10.1"));
    }

    [Fact]
    public async Task action_3_sends_shengzhou_firms_to_the_provincial_equity_exchange_per_p7()
    {
        var rows = await graph.QueryAsync<SourcesRow>(
            "MATCH (:Region {id: $region})-[r:PARTICIPATES_IN]->(:Platform {id: $platform}) RETURN r.sources AS sources",
            ("region", "region.shaoxing.shengzhou"),
            ("platform", "plat.zhejiang.equity-exchange"));

        rows.Should().ContainSingle().Which.Sources.Should().Equal("d002:p7", "d002:p17");
    }

    private sealed record ActionRow(string Name, int Order);

    private sealed record SourcesRow(string[] Sources);

    private sealed record SeriesRow(int Year, double Value, string Status, string[] Sources);

    private sealed record IdRow(string Id);

    private sealed record LeaderRow(string Id, string Type, string[] Sources);

    private sealed record RoleRow(string Role, string[] Sources);

    private sealed record FundRow(string Id, double Amount, string Unit, string Action);
}
