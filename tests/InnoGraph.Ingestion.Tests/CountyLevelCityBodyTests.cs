using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

/// <summary>A county-level city's bureaus share the city's short forms (市科技局): they are that county's, never the city's.</summary>
public sealed class CountyLevelCityBodyTests
{
    private const string Divisions = """
        entities:
          - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
          - { id: region.qingshan.baixi, kind: Region, name: 白溪市, props: { level: county }, at: [d001:p1] }
          - { id: gov.qingshan.baixi.science-bureau, kind: GovernmentBody, name: 白溪市科学技术局, aliases: [市科技局], props: { level: county, type: bureau }, at: [d001:p2] }

        """;

    private const string CityBureau = """
          - { id: gov.qingshan.science-bureau, kind: GovernmentBody, name: 青山市科学技术局, aliases: [市科技局], props: { level: municipal, type: bureau }, at: [d001:p2] }

        """;

    private const string PartOf = """
        relations:
          - { from: region.qingshan.baixi, type: PART_OF, to: region.qingshan, at: [d001:p1] }
        """;

    private static readonly Lazy<GazetteerIndex> CountyBureauOnly = new(() => FictionalCity.GazetteerWith(Divisions + PartOf));

    private static readonly Lazy<GazetteerIndex> BothBureaus = new(() => FictionalCity.GazetteerWith(Divisions + CityBureau + PartOf));

    [Fact]
    public void the_citys_document_means_the_citys_own_bureau_when_the_graph_has_both()
    {
        var unit = Units(BothBureaus.Value, "region.qingshan").Single();

        unit.Id.Should().Be("gov.qingshan.science-bureau");
        unit.Review.Should().BeNull();
    }

    [Fact]
    public void the_citys_document_proposes_the_citys_bureau_where_the_graph_has_only_its_countys()
    {
        var unit = Units(CountyBureauOnly.Value, "region.qingshan").Single();

        (unit.Id, unit.Name, unit.IsNew).Should().Be(("gov.qingshan.science-bureau", "青山市科学技术局", true));
    }

    [Fact]
    public void the_countys_document_means_the_countys_bureau()
    {
        Units(BothBureaus.Value, "region.qingshan.baixi").Single().Id.Should().Be("gov.qingshan.baixi.science-bureau");
    }

    private static List<Facts.EntityProposal> Units(GazetteerIndex gazetteer, string city) =>
        [.. new DocumentIngester(gazetteer).Ingest("1.建设科技服务平台。(责任单位:市科技局)", new IngestOptions("d005", "005.txt", City: city)).Entities
            .Where(e => e.Kind == Domain.Model.EntityKind.GovernmentBody)];
}
