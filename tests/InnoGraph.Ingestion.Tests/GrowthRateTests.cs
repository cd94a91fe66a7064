namespace InnoGraph.Ingestion.Tests;

public sealed class GrowthRateTests
{
    private const string Text = "2024年,全市规上企业研发费用达到56亿元,同比增长18%。";

    [Fact]
    public void a_growth_in_percent_is_the_graphs_growth_rate_of_the_indicator_whatever_word_the_graph_names_it_with()
    {
        var names = IndicatorsOf(Text, """
              - { id: ind.rd-growth, kind: Indicator, name: 规上企业研发费用增幅, props: { unit: "%" }, at: [d001:p2] }
              - { id: ind.rd-share, kind: Indicator, name: 规上企业研发费用占比, props: { unit: "%" }, at: [d001:p2] }
            """);

        names.Should().Equal(("规上企业研发费用", 56m), ("规上企业研发费用增幅", 18m));
    }

    [Fact]
    public void without_one_such_indicator_in_the_graph_the_growth_is_named_as_the_graph_names_growth_rates_whatever_the_words()
    {
        IndicatorsOf(Text, "").Should().Equal(("规上企业研发费用", 56m), ("规上企业研发费用增速", 18m));
        IndicatorsOf(Text.Replace("同比增长", "比上年增长", StringComparison.Ordinal), "").Should().Equal(("规上企业研发费用", 56m), ("规上企业研发费用增速", 18m));
        IndicatorsOf(Text, """
              - { id: ind.rd-growth, kind: Indicator, name: 规上企业研发费用增幅, props: { unit: "%" }, at: [d001:p2] }
              - { id: ind.rd-rise, kind: Indicator, name: 规上企业研发费用涨幅, props: { unit: "%" }, at: [d001:p2] }
            """).Should().Equal(("规上企业研发费用", 56m), ("规上企业研发费用增速", 18m));
    }

    private static List<(string Name, decimal Value)> IndicatorsOf(string text, string moreEntities)
    {
        var gazetteer = FictionalCity.GazetteerWith($$"""
            entities:
              - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
              - { id: ind.rd, kind: Indicator, name: 规上企业研发费用, props: { unit: 100m CNY }, at: [d001:p2] }
            {{moreEntities}}
            """);
        var result = new DocumentIngester(gazetteer).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan"));
        return [.. result.Observations.OrderBy(o => o.Evidence.Start).ThenBy(o => o.Unit, StringComparer.Ordinal).Select(o => (result.Entities.Single(e => e.Id == o.Indicator).Name, o.Value))];
    }
}
