using InnoGraph.Ingestion.Draft;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

/// <summary>A document ingested without --city or --date: its title says whom it speaks for, and a plan's period when it speaks.</summary>
public sealed class UnattributedDocumentTests
{
    private static readonly Lazy<GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void the_city_county_or_district_a_title_begins_with_is_the_documents_city()
    {
        DocumentCity.OpeningTitle(Gazetteer.Value, "青山市科技创新行动方案(2025—2027年)")!.Id.Should().Be("region.qingshan");
        DocumentCity.OpeningTitle(Gazetteer.Value, "东湖区2024年科技创新工作总结")!.Id.Should().Be("region.qingshan.donghu");
        DocumentCity.OpeningTitle(Gazetteer.Value, "关于青山市科技创新的报告").Should().BeNull();
        DocumentCity.OpeningTitle(Gazetteer.Value, "江南省科技创新行动方案").Should().BeNull();
    }

    [Fact]
    public void without_a_city_short_forms_mean_the_bodies_of_the_city_the_title_begins_with_and_the_draft_says_so()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("青山市科技工作要点\n1.建设研发平台。(责任单位:市科技局、市财政局)", new IngestOptions("d005", "005.txt"));

        result.Source.City.Should().Be("region.qingshan");
        result.Source.CityFromTitle.Should().BeTrue();
        result.Entities.Select(e => e.Id).Should().Contain(["gov.qingshan.science-bureau", "gov.qingshan.finance-bureau"]);
        DraftWriter.Write(result).Should().Contain("# city: the region the title begins with").And.Contain("city: region.qingshan");
    }

    [Fact]
    public void a_city_given_is_kept_whatever_the_title_begins_with()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("青山市科技工作要点", new IngestOptions("d005", "005.txt", City: "region.baisha"));

        result.Source.City.Should().Be("region.baisha");
        result.Source.CityFromTitle.Should().BeFalse();
        DraftWriter.Write(result).Should().NotContain("# city:");
    }

    [Fact]
    public void an_undated_plan_sets_what_it_sets_each_year_for_every_year_of_its_period()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("青山市科技创新行动方案(2025—2027年)\n到2027年,全市每年新增研发机构20家。", new IngestOptions("d005", "005.txt"));

        result.Observations.Select(o => (o.Year, o.Value, o.Status)).Should().Equal((2025, 20m, "target"), (2026, 20m, "target"), (2027, 20m, "target"));
        result.Source.Date.Should().BeNull();
    }
}
