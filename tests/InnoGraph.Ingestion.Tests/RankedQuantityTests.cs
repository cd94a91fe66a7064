using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class RankedQuantityTests
{
    private static List<(string Name, int Year, decimal Value, string Status, string? Qualifier)> Read(string text, int year = 2024) =>
        [.. NewIndicatorRule.Find(text, new YearContext(year)).SelectMany(p => p.Values).Select(v => (v.Indicator, v.Year, v.Value, v.Status, v.Qualifier))];

    [Fact]
    public void a_rank_right_after_a_quantity_is_the_rank_of_that_quantity()
    {
        Read("2023年,东湖市区域创新能力指数稳居全省第五位。").Should().Equal(("东湖市区域创新能力指数排名", 2023, 5m, "actual", "province"));
        Read("2023年,东湖市创新氛围居全省第五位。").Should().BeEmpty();
    }

    [Fact]
    public void a_change_ranked_in_the_next_clause_is_the_change_of_the_quantity_ranked_before()
    {
        Read("2023年,区域创新能力指数居全省第六位,提高幅度列全省第一。").Select(v => (v.Name, v.Value)).Should().Equal(
            ("区域创新能力指数排名", 6m), ("区域创新能力指数提高幅度排名", 1m));
        Read("2023年,区域创新能力指数居全省第六位,人才总量列全省第一。").Select(v => v.Name).Should().Equal("区域创新能力指数排名");
    }

    [Fact]
    public void words_ending_in_a_rank_name_it_with_the_scope_of_the_rank()
    {
        Read("到2028年,市级以上孵化器排名进入全省前20位。").Should().Equal(("市级以上孵化器全省排名", 2028, 20m, "target", "within"));
    }

    private const string Entities = """
        entities:
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city, divisionCode: "990100" }, at: [d001:p1] }
          - { id: park.qingshan.high-tech-zone, kind: Park, name: 青山国家高新区, props: { locationUnknown: "not stated" }, at: [d001:p1] }
        """;

    private static GazetteerIndex Gazetteer() => FictionalCity.GazetteerWith(Entities);

    [Fact]
    public void a_known_bodys_rank_is_not_an_indicator_named_after_the_body()
    {
        const string document = """
            青山市科技简报

            到2028年,青山国家高新区排名进入全国前50位,市级孵化器排名进入全省前20位。
            """;
        var result = new DocumentIngester(Gazetteer()).Ingest(document, new IngestOptions("d002", "002_qingshan.txt", "青山市科技简报", "region.qingshan", "2024-01-15"));

        result.Entities.Where(e => e.Kind == Domain.Model.EntityKind.Indicator).Select(e => e.Name).Should().Equal("市级孵化器全省排名");
    }

    [Fact]
    public void an_undated_documents_opening_paragraph_without_a_year_is_told_as_of_the_first_year_it_names()
    {
        const string document = """
            近年来,青山市区域创新能力指数居全省第五位。
            2022年,全市新建众创空间6家。
            """;
        var result = new DocumentIngester(Gazetteer()).Ingest(document, new IngestOptions("d002", "002_qingshan.txt", "青山市科技简报", "region.qingshan", null));

        result.Observations.Select(o => (o.Year, o.Value)).Should().Equal((2022, 5m), (2022, 6m));
        YearContext.FirstNamed(["近年来", "到2025年,2023年"]).Should().Be(2025);
        YearContext.FirstNamed(["近年来"]).Should().BeNull();
    }
}
