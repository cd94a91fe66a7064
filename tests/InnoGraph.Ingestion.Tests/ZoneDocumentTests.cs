using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class ZoneDocumentTests
{
    private const string Document = """
        湖州市吴兴新区2025年科技创新工作总结
        2025年,吴兴新区全社会研发投入强度达到3.5%。
        1.建设概念验证中心。(责任单位:新区科技局、新区财政局)
        """;

    [Fact]
    public void a_zone_that_the_title_names_after_the_city_is_the_documents_place()
    {
        var result = new DocumentIngester(GazetteerIndex.Of(HeldOutSet.Curated)).Ingest(Document, new IngestOptions("d005", "005.txt", City: "region.huzhou"));

        var zone = result.Entities.Single(e => e.Kind == EntityKind.Park && e.Name == "吴兴新区");
        result.Observations.Select(o => o.Region).Should().NotBeEmpty().And.OnlyContain(r => r == zone.Id);
        result.Entities.Where(e => e.Kind == EntityKind.GovernmentBody && e.IsNew).Select(e => e.Name).Should().Contain(["湖州市吴兴新区科技局", "湖州市吴兴新区财政局"]);
    }

    [Theory]
    [InlineData("湖州市吴兴新区2025年科技创新工作总结", "吴兴新区")]
    [InlineData("青山市东湖经济技术开发区2026年工作要点", "东湖经济技术开发区")]
    [InlineData("青山市科技创新行动方案(2025—2027年)", null)]
    [InlineData("白沙市东湖新区2025年工作总结", null)]
    public void the_zone_is_what_the_title_names_right_after_the_city_with_a_zones_word(string title, string? zone)
    {
        (DocumentZone.In(title, new DocumentCity("region.qingshan", title.StartsWith("湖州市", StringComparison.Ordinal) ? "湖州市" : "青山市"))?.Name).Should().Be(zone);
    }
}
