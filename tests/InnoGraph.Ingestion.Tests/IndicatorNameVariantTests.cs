using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class IndicatorNameVariantTests
{
    private static readonly Lazy<Gazetteer.GazetteerIndex> Gazetteer = new(() => FictionalCity.GazetteerWith("""
        entities:
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
          - { id: ind.contracts, kind: Indicator, name: 技术合同成交额, props: { unit: "100m CNY" }, at: [d001:p2] }
          - { id: ind.contracts-growth, kind: Indicator, name: 技术合同成交额同比增长, props: { unit: "%" }, at: [d001:p2] }
          - { id: ind.index, kind: Indicator, name: 科技创新指数, props: { unit: index points }, at: [d001:p2] }
          - { id: ind.index-change, kind: Indicator, name: 科技创新指数比上年提高, props: { unit: index points }, at: [d001:p2] }
          - { id: ind.matchmaking, kind: Indicator, name: 校企对接活动场次, props: { unit: count }, at: [d001:p2] }
          - { id: ind.new-platforms, kind: Indicator, name: 新建省级研发平台数, props: { unit: count }, at: [d001:p2] }
          - { id: ind.green-loans, kind: Indicator, name: 绿色贷款发放额, props: { unit: "100m CNY" }, at: [d001:p2] }
        """));

    [Theory]
    [InlineData("科技创新指数较上年提升", "科技创新指数比上年提高")]
    [InlineData("科技创新指数比上年提升", "科技创新指数比上年提高")]
    [InlineData("校企对接活动数", "校企对接活动场次")]
    [InlineData("省级研发平台数", "新建省级研发平台数")]
    [InlineData("高层次人才数", "引进高层次人才数")]
    [InlineData("发放绿色贷款", "绿色贷款发放额")]
    [InlineData("每年发放绿色贷款", "绿色贷款发放额")]
    public void an_indicators_name_has_the_variants_other_documents_write_it_with(string name, string variant)
    {
        IndicatorNameVariants.Of(name).Should().StartWith(name).And.Contain(variant);
    }

    [Fact]
    public void a_change_from_the_year_before_is_read_one_way_only_and_a_named_verb_is_never_added_twice()
    {
        IndicatorNameVariants.Of("科技创新指数比上年提高").Should().NotContain(n => n.Contains("较上年", StringComparison.Ordinal));
        IndicatorNameVariants.Of("新建省级研发平台数").Should().NotContain(n => n.StartsWith("新建新建", StringComparison.Ordinal) || n.StartsWith("引进新建", StringComparison.Ordinal));
    }

    [Fact]
    public void a_growth_in_percent_over_the_year_before_is_an_indicator_named_by_the_change_not_a_change_in_points()
    {
        var values = Ingest("2024年,全市技术合同成交额达到56亿元,同比增长18%。");

        values.Should().Contain([("ind.contracts", 56m, "100m CNY"), ("ind.contracts-growth", 18m, "%")]);
    }

    [Fact]
    public void a_figure_named_by_a_variant_of_the_graphs_name_is_the_graphs_indicator()
    {
        var values = Ingest("2024年,全市科技创新指数为135.2,较上年提升6.1个百分点;全年校企对接活动达到40场;省级研发平台达到12个。");

        values.Select(v => v.Indicator).Should().Contain(["ind.index-change", "ind.matchmaking", "ind.new-platforms"]);
    }

    [Fact]
    public void events_counted_with_the_verb_that_holds_them_and_an_amount_told_by_its_verb_are_the_graphs_indicators()
    {
        var values = Ingest("2024年,全市组织校企对接活动36场,发放绿色贷款120亿元。");

        values.Should().Contain([("ind.matchmaking", 36m, "count"), ("ind.green-loans", 120m, "100m CNY")]);
    }

    [Fact]
    public void a_rank_after_an_indicator_that_is_a_rank_is_that_indicators_value()
    {
        var gazetteer = FictionalCity.GazetteerWith("""
            entities:
              - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
              - { id: ind.index-rank, kind: Indicator, name: 科技创新能力指数排名, aliases: [科技创新能力指数], props: { unit: rank }, at: [d001:p2] }
            """);

        var result = new DocumentIngester(gazetteer).Ingest("2024年,全市科技创新能力指数列全省第7位。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Observations.Select(o => (o.Indicator, o.Value)).Should().Equal(("ind.index-rank", 7m));
        result.Entities.Should().NotContain(e => e.Name.EndsWith("排名排名", StringComparison.Ordinal));
    }

    private static List<(string Indicator, decimal Value, string Unit)> Ingest(string text) =>
        [.. new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan")).Observations.Select(o => (o.Indicator, o.Value, o.Unit))];
}
