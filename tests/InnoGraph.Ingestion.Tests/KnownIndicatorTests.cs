namespace InnoGraph.Ingestion.Tests;

public sealed class KnownIndicatorTests
{
    private static readonly Lazy<Gazetteer.GazetteerIndex> Gazetteer = new(() => FictionalCity.GazetteerWith("""
        entities:
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
          - { id: ind.sci-tech-firms, kind: Indicator, name: 科技企业数, props: { unit: count }, at: [d001:p2] }
          - { id: ind.sci-tech-loans, kind: Indicator, name: 科技贷款发放额, aliases: [科技贷款], props: { unit: "100m CNY" }, at: [d001:p2] }
          - { id: ind.bank-green-loans, kind: Indicator, name: 银行绿色金融贷款余额, props: { unit: "100m CNY" }, at: [d001:p2] }
          - { id: ind.industry-platforms, kind: Indicator, name: 省级以上产业创新平台数, props: { unit: count }, at: [d001:p2] }
        """));

    [Fact]
    public void a_count_named_by_what_it_counts_and_a_quantity_word_is_the_graphs_count_of_it()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("到2027年,全市科技企业总数超过900家,科技企业数量力争达到950家。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Observations.Select(o => (o.Indicator, o.Value)).Should().Contain([("ind.sci-tech-firms", 900m), ("ind.sci-tech-firms", 950m)]);
        result.Entities.Should().NotContain(e => e.Name.StartsWith("科技企业总", StringComparison.Ordinal) || e.Name == "科技企业数量");
    }

    [Fact]
    public void an_indicators_name_the_text_goes_on_from_with_another_quantity_word_is_another_indicator()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("到2027年,全市科技贷款余额达到800亿元。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Observations.Should().ContainSingle().Which.Indicator.Should().NotBe("ind.sci-tech-loans");
        result.Entities.Should().Contain(e => e.Name == "科技贷款余额" && e.IsNew);
    }

    [Fact]
    public void a_name_that_leaves_out_the_graphs_leading_qualifier_and_words_inside_is_the_graphs_indicator_but_not_one_that_opens_as_the_graphs()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("到2027年,全市绿色贷款余额达到300亿元,省级以上创新平台数达到40家。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Observations.Select(o => o.Indicator).Should().Contain("ind.bank-green-loans").And.NotContain("ind.industry-platforms");
    }
}
