using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class ObservationKeyTests
{
    private const string Entities = """
        entities:
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city, divisionCode: "990100" }, at: [d001:p1] }
          - { id: ind.incubators, kind: Indicator, name: 孵化器数, props: { unit: count }, at: [d001:p1] }
        """;

    private static GazetteerIndex Gazetteer() => FictionalCity.GazetteerWith(Entities);

    private static Facts.IngestResult Ingest(string document) =>
        new DocumentIngester(Gazetteer()).Ingest(document, new IngestOptions("d002", "002_qingshan.txt", "青山市科技简报", "region.qingshan", "2024-01-15"));

    [Fact]
    public void two_values_under_one_key_are_two_observations_the_second_with_a_qualifier_of_its_own_marked_for_review()
    {
        var result = Ingest("""
            青山市科技简报

            2023年,孵化器数为12个。
            2023年,西片孵化器数为5个。
            """);

        var values = result.Observations.Where(o => o.Indicator == "ind.incubators").OrderBy(o => o.Evidence.Paragraph).ToList();
        values.Select(o => (o.Value, o.Qualifier)).Should().Equal((12m, null), (5m, "part-2"));
        values.Select(o => o.Id).Should().OnlyHaveUniqueItems();
        values[1].Review.Should().NotBeNull();
    }

    [Fact]
    public void the_same_value_stated_again_under_one_key_is_one_observation()
    {
        var result = Ingest("""
            青山市科技简报

            2023年,孵化器数为12个。
            回顾2023年,孵化器数为12个。
            """);

        result.Observations.Should().ContainSingle(o => o.Indicator == "ind.incubators").Which.Qualifier.Should().BeNull();
    }
}
