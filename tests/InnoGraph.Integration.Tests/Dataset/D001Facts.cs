using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Dataset;

/// <summary>
/// Facts of d001, Jiaxing's whole-region innovation city (2022). Expected values are read off the
/// document by hand: the builders of the Tsinghua institute, the R&amp;D intensity and innovation
/// index series, the three high-tech zones, the incubator in Silicon Valley.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class D001Facts(SeededGraphFixture graph)
{
    private const string SeriesCypher =
        "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) " +
        "WHERE any(s IN m.sources WHERE s STARTS WITH 'd001:') " +
        "RETURN m.year AS year, m.value AS value, m.status AS status, m.sources AS sources ORDER BY m.year";

    [Fact]
    public async Task the_tsinghua_institute_was_built_by_tsinghua_and_the_provincial_government_on_p11()
    {
        var rows = await graph.QueryAsync<BuilderRow>(
            "MATCH (:Entity {id: $institute})-[r:CO_BUILT_WITH]->(b:Entity) RETURN b.id AS id, r.sources AS sources ORDER BY b.id",
            ("institute", "inst.tsinghua-yangtze-delta"));

        rows.Select(r => r.Id).Should().Equal("gov.zhejiang.government", "univ.tsinghua");
        rows.Should().OnlyContain(r => r.Sources.SequenceEqual(new[] { "d001:p11" }));
    }

    [Fact]
    public async Task the_short_name_qinghua_changsanyuan_is_the_same_institute()
    {
        var rows = await graph.QueryAsync<IdRow>(
            "MATCH (e:Entity) WHERE $alias IN e.aliases OR e.name = $alias RETURN e.id AS id",
            ("alias", "清华长三院"));

        rows.Should().ContainSingle().Which.Id.Should().Be("inst.tsinghua-yangtze-delta");
    }

    [Fact]
    public async Task jiaxing_rd_intensity_is_3_31_in_2020_and_an_estimated_3_4_in_2021()
    {
        var rows = await graph.QueryAsync<SeriesRow>(SeriesCypher, ("region", "region.jiaxing"), ("indicator", "ind.rd-intensity"));

        rows.Select(r => (r.Year, r.Value, r.Status)).Should().Equal((2020, 3.31, "actual"), (2021, 3.4, "estimate"));
        rows.Should().OnlyContain(r => r.Sources.Contains("d001:p6"));
    }

    [Fact]
    public async Task jiaxing_innovation_index_climbs_from_166_1_third_to_196_7_second()
    {
        var index = await graph.QueryAsync<SeriesRow>(SeriesCypher, ("region", "region.jiaxing"), ("indicator", "ind.innovation-index"));
        var rank = await graph.QueryAsync<RankRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE any(s IN m.sources WHERE s STARTS WITH 'd001:') " +
            "RETURN m.year AS year, m.value AS value, m.scope AS scope ORDER BY m.year",
            ("region", "region.jiaxing"),
            ("indicator", "ind.innovation-index-rank"));

        index.Select(r => (r.Year, r.Value)).Should().Equal((2019, 166.1), (2020, 196.7));
        rank.Should().Equal(new RankRow(2019, 3, "province"), new RankRow(2020, 2, "province"));
    }

    [Fact]
    public async Task jiashan_innovation_index_and_its_provincial_rank_in_2019_and_2020_are_on_p9()
    {
        var index = await graph.QueryAsync<SeriesRow>(SeriesCypher, ("region", "region.jiaxing.jiashan"), ("indicator", "ind.innovation-index"));
        var rank = await graph.QueryAsync<SeriesRow>(SeriesCypher, ("region", "region.jiaxing.jiashan"), ("indicator", "ind.innovation-index-rank"));

        index.Select(r => (r.Year, r.Value)).Should().Equal((2019, 165.4), (2020, 204.7));
        rank.Select(r => (r.Year, r.Value)).Should().Equal((2019, 8.0), (2020, 5.0));
        index.Concat(rank).Should().OnlyContain(r => r.Sources.SequenceEqual(new[] { "d001:p9" }));
    }

    [Fact]
    public async Task jiaxing_has_seven_county_level_divisions_under_zhejiang_and_china()
    {
        var divisions = await graph.QueryAsync<IdRow>(
            "MATCH (d:Region)-[:PART_OF]->(:Region {id: $city}) RETURN d.id AS id ORDER BY d.id",
            ("city", "region.jiaxing"));
        var chain = await graph.QueryAsync<IdRow>(
            "MATCH (:Region {id: $city})-[:PART_OF]->(p:Region {level: 'province'})-[:PART_OF]->(c:Region {level: 'country'}) RETURN p.id + '/' + c.id AS id",
            ("city", "region.jiaxing"));

        divisions.Select(r => r.Id).Should().Equal(
            "region.jiaxing.haining",
            "region.jiaxing.haiyan",
            "region.jiaxing.jiashan",
            "region.jiaxing.nanhu",
            "region.jiaxing.pinghu",
            "region.jiaxing.tongxiang",
            "region.jiaxing.xiuzhou");
        chain.Should().ContainSingle().Which.Id.Should().Be("region.zhejiang/region.china");
    }

    [Fact]
    public async Task nanhu_district_is_placed_in_jiaxing_by_its_division_code()
    {
        var rows = await graph.QueryAsync<CodeRow>(
            "MATCH (d:Region {id: $district})-[r:PART_OF]->(:Region {id: $city}) RETURN d.divisionCode AS code, r.sources AS sources",
            ("district", "region.jiaxing.nanhu"),
            ("city", "region.jiaxing"));

        rows.Should().ContainSingle();
        rows[0].Code.Should().Be("330402");
        rows[0].Sources.Should().Equal("ref-gbt2260:330402");
    }

    [Fact]
    public async Task xiuzhou_nanhu_and_pinghu_zones_got_the_provincial_title_in_2021()
    {
        var rows = await graph.QueryAsync<ZoneRow>(
            "MATCH (z:Park)-[d:DESIGNATED_AS]->(:Designation {id: $title}) WHERE 'd001:p14' IN d.sources " +
            "MATCH (z)-[:LOCATED_IN]->(r:Region) RETURN z.id AS id, r.id AS region, d.year AS year ORDER BY z.id",
            ("title", "desig.zhejiang.high-tech-zone-outstanding-contributor"));

        rows.Should().Equal(
            new ZoneRow("park.jiaxing.nanhu-high-tech-zone", "region.jiaxing.nanhu", 2021),
            new ZoneRow("park.jiaxing.pinghu-high-tech-zone", "region.jiaxing.pinghu", 2021),
            new ZoneRow("park.jiaxing.xiuzhou-high-tech-zone", "region.jiaxing.xiuzhou", 2021));
    }

    [Fact]
    public async Task the_silicon_valley_incubator_was_set_up_by_jiaxing_in_2015_per_p37()
    {
        var rows = await graph.QueryAsync<EstablishedRow>(
            "MATCH (j:Entity {id: $city})-[e:ESTABLISHED]->(i:Platform {id: $incubator})-[:LOCATED_IN]->(v:Region)-[:PART_OF]->(c:Region) " +
            "RETURN e.year AS year, v.id AS place, c.id AS country, e.sources AS sources",
            ("city", "region.jiaxing"),
            ("incubator", "plat.jiaxing.silicon-valley-haina-incubator"));

        rows.Should().ContainSingle();
        rows[0].Should().BeEquivalentTo(new EstablishedRow(2015, "region.silicon-valley", "region.usa", ["d001:p37"]));
    }

    [Fact]
    public async Task the_home_of_tsinghua_is_a_reference_fact_not_a_document_fact()
    {
        var rows = await graph.QueryAsync<PlaceRow>(
            "MATCH (:Entity {id: $university})-[r:LOCATED_IN]->(c:Region) RETURN c.id AS id, r.sources AS sources",
            ("university", "univ.tsinghua"));

        rows.Should().ContainSingle();
        rows[0].Id.Should().Be("region.beijing");
        rows[0].Sources.Should().Equal("ref-partner-homes:tsinghua");
    }

    [Theory]
    [InlineData("ind.deep-roots-platforms", 11, "count")]
    [InlineData("ind.academicians-attracted", 6, "persons")]
    [InlineData("ind.national-talent-programme-applicants", 37, "persons")]
    [InlineData("ind.sci-tech-projects-attracted", 49, "count")]
    public async Task the_deep_roots_platforms_and_what_they_brought_in_are_counted_on_p17(string indicator, double expected, string unit)
    {
        var rows = await graph.QueryAsync<UnitRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) RETURN m.year AS year, m.value AS value, m.unit AS unit, m.sources AS sources",
            ("region", "region.jiaxing"),
            ("indicator", indicator));

        rows.Should().ContainSingle().Which.Should().BeEquivalentTo(new UnitRow(2022, expected, unit, ["d001:p17"]));
    }

    [Fact]
    public async Task the_six_divisions_besides_jiashan_rank_within_the_provincial_top_27_in_2019_and_top_25_in_2020()
    {
        var rows = await graph.QueryAsync<CountyRankRow>(
            "MATCH (c:Region)-[:PART_OF]->(:Region {id: $city}) MATCH (c)-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE m.qualifier = 'within' " +
            "RETURN c.id AS id, m.year AS year, m.value AS value ORDER BY c.id, m.year",
            ("indicator", "ind.innovation-index-rank"),
            ("city", "region.jiaxing"));

        string[] counties = ["region.jiaxing.haining", "region.jiaxing.haiyan", "region.jiaxing.nanhu", "region.jiaxing.pinghu", "region.jiaxing.tongxiang", "region.jiaxing.xiuzhou"];
        rows.Should().Equal(counties.SelectMany(c => new[] { new CountyRankRow(c, 2019, 27), new CountyRankRow(c, 2020, 25) }));
    }

    [Fact]
    public async Task haining_fund_of_funds_holds_five_sub_funds_with_fifty_projects_per_p27()
    {
        var rows = await graph.QueryAsync<CountyRankRow>(
            "MATCH (c:Region {id: $county})-[m:MEASURED]->(i:Indicator) WHERE i.id IN $indicators AND 'd001:p27' IN m.sources " +
            "RETURN i.id AS id, m.year AS year, m.value AS value ORDER BY i.id",
            ("county", "region.jiaxing.haining"),
            ("indicators", new[] { "ind.vc-sub-funds", "ind.vc-sub-fund-projects" }));

        rows.Should().Equal(new CountyRankRow("ind.vc-sub-fund-projects", 2022, 50), new CountyRankRow("ind.vc-sub-funds", 2022, 5));
    }

    [Fact]
    public async Task jiashan_set_up_the_single_window_for_foreign_workers()
    {
        var rows = await graph.QueryAsync<PlaceRow>(
            "MATCH (:Region {id: $county})-[e:ESTABLISHED]->(w:Platform)-[:LOCATED_IN]->(:Region {id: $county}) WHERE $alias IN w.aliases " +
            "RETURN w.id AS id, e.sources AS sources",
            ("county", "region.jiaxing.jiashan"),
            ("alias", "单一窗口"));

        rows.Should().ContainSingle().Which.Sources.Should().BeEquivalentTo("d001:p27", "d001:p43");
    }

    private sealed record IdRow(string Id);

    private sealed record BuilderRow(string Id, string[] Sources);

    private sealed record SeriesRow(int Year, double Value, string Status, string[] Sources);

    private sealed record RankRow(int Year, double Value, string Scope);

    private sealed record CodeRow(string Code, string[] Sources);

    private sealed record ZoneRow(string Id, string Region, int Year);

    private sealed record EstablishedRow(int Year, string Place, string Country, string[] Sources);

    private sealed record PlaceRow(string Id, string[] Sources);

    private sealed record UnitRow(int Year, double Value, string Unit, string[] Sources);

    private sealed record CountyRankRow(string Id, int Year, double Value);
}
