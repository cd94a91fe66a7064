namespace InnoGraph.Ingestion.Tests;

public sealed class EachYearIncreaseTests
{
    private static readonly Lazy<Gazetteer.GazetteerIndex> Gazetteer = new(() => FictionalCity.GazetteerWith("""
        entities:
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
          - { id: ind.key-labs, kind: Indicator, name: 省级重点实验室数, aliases: [省级重点实验室], props: { unit: count }, at: [d001:p2] }
        """));

    [Fact]
    public void an_increase_set_for_each_year_is_an_indicator_of_its_own_not_the_count_it_names()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("到2027年,全市每年新增省级重点实验室2家。",
            new IngestOptions("d005", "005.txt", Title: "青山市科技创新行动方案(2025—2027年)", City: "region.qingshan", Date: "2025-03-01"));

        var named = result.Observations.Select(o => (result.Entities.Single(e => e.Id == o.Indicator).Name, o.Year, o.Value)).ToList();
        named.Should().Equal(("每年新增省级重点实验室数", 2025, 2m), ("每年新增省级重点实验室数", 2026, 2m), ("每年新增省级重点实验室数", 2027, 2m));
    }
}
