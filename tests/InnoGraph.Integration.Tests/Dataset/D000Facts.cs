using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Dataset;

/// <summary>
/// Facts of d000: Jiaxing named a provincial comprehensive innovation reform pilot zone (2016),
/// with the city's 2015 figures. Expected values are read off the document by hand.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class D000Facts(SeededGraphFixture graph)
{
    private const string PilotZone = "desig.zhejiang.comprehensive-innovation-reform-pilot-zone";

    [Fact]
    public async Task jiaxing_is_designated_a_comprehensive_innovation_reform_pilot_zone_in_2016()
    {
        var rows = await graph.QueryAsync<DesignationRow>(
            "MATCH (:Entity {id: $region})-[r:DESIGNATED_AS]->(:Designation {id: $designation}) RETURN r.year AS year, r.sources AS sources",
            ("region", "region.jiaxing"),
            ("designation", PilotZone));

        var row = rows.Should().ContainSingle().Subject;
        row.Year.Should().Be(2016);
        row.Sources.Should().BeEquivalentTo("d000:p2", "d000:p5", "d000:p9");
    }

    [Fact]
    public async Task the_pilot_zone_is_approved_by_the_provincial_party_committee_and_government()
    {
        var rows = await graph.QueryAsync<ApproverRow>(
            "MATCH (g:GovernmentBody)-[r:APPROVED]->(:Designation {id: $designation}) RETURN g.id AS id, r.year AS year ORDER BY g.id",
            ("designation", PilotZone));

        rows.Should().Equal(
            new ApproverRow("gov.zhejiang.government", 2016),
            new ApproverRow("gov.zhejiang.party-committee", 2016));
    }

    [Theory]
    [InlineData("ind.rd-intensity", 2.73)]
    [InlineData("ind.fiscal-st-appropriation-share", 8.42)]
    [InlineData("ind.strategic-emerging-industry-value-added-share", 44)]
    [InlineData("ind.high-tech-industry-value-added-share", 42.3)]
    [InlineData("ind.tech-finance-loan-balance", 441)]
    public async Task jiaxing_2015_figures_are_actual_values_on_paragraphs_6_and_7(string indicator, double expected)
    {
        var rows = await graph.QueryAsync<ObservationRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE m.year = 2015 " +
            "RETURN m.value AS value, m.status AS status, m.sources AS sources",
            ("region", "region.jiaxing"),
            ("indicator", indicator));

        var row = rows.Should().ContainSingle().Subject;
        row.Value.Should().Be(expected);
        row.Status.Should().Be("actual");
        row.Sources.Should().ContainSingle().Which.Should().BeOneOf("d000:p6", "d000:p7");
    }

    [Theory]
    [InlineData("ind.strategic-emerging-industry-value-added-share-rank")]
    [InlineData("ind.high-tech-industry-value-added-share-rank")]
    public async Task both_2015_industry_shares_rank_second_in_the_province(string indicator)
    {
        var rows = await graph.QueryAsync<RankRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE m.year = 2015 " +
            "RETURN m.value AS value, m.scope AS scope",
            ("region", "region.jiaxing"),
            ("indicator", indicator));

        rows.Should().ContainSingle().Which.Should().Be(new RankRow(2, "province"));
    }

    [Fact]
    public async Task rd_intensity_runs_from_the_2015_actual_to_the_2027_target()
    {
        var rows = await graph.QueryAsync<SeriesRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(:Indicator {id: $indicator}) WHERE m.year IN [2015, 2027] " +
            "RETURN m.year AS year, m.value AS value, m.status AS status ORDER BY m.year",
            ("region", "region.jiaxing"),
            ("indicator", "ind.rd-intensity"));

        rows.Should().Equal(new SeriesRow(2015, 2.73, "actual"), new SeriesRow(2027, 3.65, "target"));
    }

    [Fact]
    public async Task jiaxing_cooperation_with_shanghai_is_located_in_both_documents()
    {
        var rows = await graph.QueryAsync<SourcesRow>(
            "MATCH (:Entity {id: $a})-[r:COOPERATES_WITH {key: $key}]->(:Entity {id: $b}) RETURN r.sources AS sources",
            ("a", "region.jiaxing"),
            ("b", "region.shanghai"),
            ("key", "cross-regional-innovation"));

        rows.Should().ContainSingle().Which.Sources.Should().Contain(["d000:p8", "d004:p22"]);
    }

    [Fact]
    public async Task the_science_bureau_is_named_on_paragraphs_5_and_10()
    {
        var rows = await graph.QueryAsync<SourcesRow>(
            "MATCH (g:Entity {id: $id}) RETURN g.sources AS sources",
            ("id", "gov.jiaxing.science-bureau"));

        rows.Should().ContainSingle().Which.Sources.Should().Contain(["d000:p5", "d000:p10"]).And.NotContain("d000:p6");
    }

    [Fact]
    public async Task venture_capital_funds_of_over_2_billion_yuan_and_eight_tech_sub_branches_are_stated_on_p7()
    {
        var rows = await graph.QueryAsync<QualifiedRow>(
            "MATCH (:Entity {id: $region})-[m:MEASURED]->(i:Indicator) WHERE m.year = 2015 AND i.id IN $indicators " +
            "RETURN i.id AS id, m.value AS value, m.unit AS unit, m.qualifier AS qualifier, m.sources AS sources ORDER BY i.id",
            ("region", "region.jiaxing"),
            ("indicators", new[] { "ind.tech-sub-branches", "ind.venture-capital-fund-size" }));

        rows.Select(r => (r.Id, r.Value, r.Unit, r.Qualifier)).Should().Equal(
            ("ind.tech-sub-branches", 8.0, "count", "cumulative"),
            ("ind.venture-capital-fund-size", 20.0, "100m CNY", "over"));
        rows.Should().OnlyContain(r => r.Sources.SequenceEqual(new[] { "d000:p7" }));
    }

    [Fact]
    public async Task jiaxing_pushes_science_and_innovation_characteristic_towns_per_p11()
    {
        var rows = await graph.QueryAsync<SourcesRow>(
            "MATCH (:Entity {id: $region})-[r:RUNS]->(p:Programme {name: $name}) RETURN r.sources AS sources",
            ("region", "region.jiaxing"),
            ("name", "科创型特色小镇"));

        rows.Should().ContainSingle().Which.Sources.Should().Equal("d000:p11");
    }

    private sealed record DesignationRow(int Year, string[] Sources);

    private sealed record ApproverRow(string Id, int Year);

    private sealed record ObservationRow(double Value, string Status, string[] Sources);

    private sealed record RankRow(double Value, string Scope);

    private sealed record SeriesRow(int Year, double Value, string Status);

    private sealed record SourcesRow(string[] Sources);

    private sealed record QualifiedRow(string Id, double Value, string Unit, string? Qualifier, string[] Sources);
}
