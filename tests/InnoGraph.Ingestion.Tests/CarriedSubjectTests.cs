namespace InnoGraph.Ingestion.Tests;

public sealed class CarriedSubjectTests
{
    private static readonly Lazy<Gazetteer.GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void a_subject_carries_on_from_the_end_of_a_word_of_the_earlier_name()
    {
        Names("2023年全市规上企业研发费用达120.5亿元,研发活动覆盖面达75.2%。").Should().Contain("规上企业研发活动覆盖面");
    }

    [Fact]
    public void no_subject_carries_on_from_inside_a_word_of_the_earlier_name()
    {
        Names("2025年,力争全市国家高新技术企业总数突破300家,技术合同成交额达到22亿元。").Should().Contain(n => n.StartsWith("技术合同成交额", StringComparison.Ordinal))
            .And.NotContain(n => n.Contains("高新技术合同", StringComparison.Ordinal));
    }

    private static List<string> Names(string text) =>
        [.. new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", Title: "青山市科技工作情况", City: "region.qingshan", Date: "2025-02-01")).Entities
            .Where(e => e.Kind == Domain.Model.EntityKind.Indicator).Select(e => e.Name)];
}
