using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class CountyRankTests
{
    private const string Entities = """
        entities:
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city, divisionCode: "990100" }, at: [d001:p1] }
          - { id: region.qingshan.donghu, kind: Region, name: 东湖区, props: { level: district, divisionCode: "990102" }, at: [d001:p1] }
          - { id: region.qingshan.xihu, kind: Region, name: 西湖区, props: { level: district, divisionCode: "990103" }, at: [d001:p1] }
          - { id: region.baisha.nanshan, kind: Region, name: 南山县, props: { level: county, divisionCode: "990221" }, at: [d001:p1] }
          - { id: ind.index, kind: Indicator, name: 创新指数, props: { unit: "index points" }, at: [d001:p1] }
        """;

    private const string Document = """
        青山市科技简报

        2023年,全市各县(市、区)创新指数在全省各县(市、区)中均列前30位。东湖区在2022年和2023年创新指数分别为120.5和133.8,全省位次从第9位提升到第6位。西湖区累计建成众创空间8家。
        """;

    private static GazetteerIndex Gazetteer() => FictionalCity.GazetteerWith(Entities);

    [Fact]
    public void a_city_has_its_counties_and_districts_by_division_code()
    {
        CityParts.Of(Gazetteer(), "region.qingshan").Should().Equal("region.qingshan.donghu", "region.qingshan.xihu");
        CityParts.Of(Gazetteer(), "region.qingshan.donghu").Should().BeEmpty();
    }

    [Fact]
    public void a_bound_on_every_countys_rank_gives_way_to_a_rank_stated_for_one_and_the_rank_is_a_new_indicator()
    {
        var result = new DocumentIngester(Gazetteer()).Ingest(Document, new IngestOptions("d002", "002_qingshan.txt", "青山市科技简报", "region.qingshan", "2024-01-15"));
        var rank = result.Entities.Should().ContainSingle(e => e.Name == "创新指数排名").Which;

        rank.IsNew.Should().BeTrue();
        result.Observations.Where(o => o.Indicator == rank.Id).Select(o => (o.Region, o.Year, o.Value, o.Qualifier)).OrderBy(o => o.Region).ThenBy(o => o.Year).Should().Equal(
            ("region.qingshan.donghu", 2022, 9m, "province"), ("region.qingshan.donghu", 2023, 6m, "province"), ("region.qingshan.xihu", 2023, 30m, "within"));
    }

    [Fact]
    public void a_new_indicators_figure_is_for_the_district_its_sentence_names()
    {
        var result = new DocumentIngester(Gazetteer()).Ingest(Document, new IngestOptions("d002", "002_qingshan.txt", "青山市科技简报", "region.qingshan", "2024-01-15"));
        var spaces = result.Entities.Should().ContainSingle(e => e.Name == "众创空间数").Which;

        result.Observations.Where(o => o.Indicator == spaces.Id).Select(o => (o.Region, o.Value)).Should().Equal(("region.qingshan.xihu", 8m));
    }

    [Fact]
    public void a_rank_stated_for_a_region_and_year_supersedes_the_bound_read_for_it_but_not_a_bound_of_another_year()
    {
        ObservationProposal Rank(string region, int year, decimal value, string? qualifier) =>
            new(region, "ind.index-rank", year, value, "rank", "actual", new Evidence("d001", 1, 0, 2, "第6", "indicator-value", 0.8)) { Qualifier = qualifier };
        var bound2023 = Rank("region.qingshan.donghu", 2023, 30, "within");
        var bound2022 = Rank("region.qingshan.donghu", 2022, 30, "within");
        var otherDistrict = Rank("region.qingshan.xihu", 2023, 30, "within");

        RankBounds.Superseded([bound2023, bound2022, otherDistrict, Rank("region.qingshan.donghu", 2023, 6, "province")]).Should().Equal(bound2023);
    }

    [Fact]
    public void a_figure_is_for_the_last_county_or_district_of_the_city_its_sentence_names_before_it_else_for_the_city()
    {
        const string Text = "东湖区创新活跃。西湖区和南山县累计建成众创空间8家。";
        var figure = Text.IndexOf('8', StringComparison.Ordinal);
        Mention Region(string id, string name) => new(Text.IndexOf(name, StringComparison.Ordinal), Text.IndexOf(name, StringComparison.Ordinal) + name.Length, id, EntityKind.Region, name, false, "gazetteer", 0.9);
        var donghu = Region("region.qingshan.donghu", "东湖区");
        var xihu = Region("region.qingshan.xihu", "西湖区");
        var nanshan = Region("region.baisha.nanshan", "南山县");
        string[] parts = ["region.qingshan.donghu", "region.qingshan.xihu"];

        FigureRegion.Of(Text, figure, [donghu, xihu, nanshan], parts, "region.qingshan").Should().Be("region.qingshan.xihu");
        FigureRegion.Of(Text, figure, [donghu, nanshan], parts, "region.qingshan").Should().Be("region.qingshan");
    }
}
