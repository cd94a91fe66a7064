using InnoGraph.Ingestion.Gazetteer;
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
}
