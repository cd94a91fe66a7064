using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Draft;
using InnoGraph.Ingestion.Facts;

namespace InnoGraph.Ingestion.Tests;

public sealed class IngestEndToEndTests
{
    private static readonly Lazy<IngestResult> Qingshan = new(() =>
        new DocumentIngester(FictionalCity.Gazetteer()).Ingest(FictionalCity.Document, new IngestOptions("d002", "002_qingshan.txt", "青山市科技创新工作情况", "region.qingshan", "2024-01-15")));

    [Fact]
    public void the_draft_validates_with_the_seeds_once_its_marks_are_deleted_and_not_before()
    {
        var draft = DraftWriter.Write(Qingshan.Value);

        SeedCompiler.Compile([("seeds.yaml", FictionalCity.Seeds), ("d002.yaml", draft)]).Problems.Should().Contain(p => p.Message.Contains("review", StringComparison.Ordinal));
        var accepted = SeedCompiler.Compile([("seeds.yaml", FictionalCity.Seeds), ("d002.yaml", DraftWriter.AcceptAll(draft))]);
        accepted.Problems.Should().BeEmpty();
        accepted.Dataset!.Entities.Should().Contain(e => e.Id == "d002");
    }

    [Fact]
    public void known_entities_are_reused_by_id_and_never_declared_again()
    {
        var result = Qingshan.Value;

        result.Entities.Where(e => !e.IsNew).Select(e => e.Id).Should().Contain(["gov.qingshan.science-bureau", "gov.qingshan.finance-bureau", "univ.qingshan-university", "ind.rd-intensity", "region.qingshan.donghu"]);
        result.Entities.Where(e => e.IsNew).Select(e => e.Name).Should().NotContain(["青山市科学技术局", "青山大学", "市科技局"]);
    }

    [Fact]
    public void responsible_units_keep_the_source_order_the_first_leads_and_the_compound_splits()
    {
        var owners = Qingshan.Value.Relations.Where(r => r.Type == RelationType.ResponsibleFor).OrderBy(r => (long)r.Properties["order"]).ToList();
        var names = owners.Select(r => Qingshan.Value.Entities.Single(e => e.Id == r.From).Name);

        names.Should().Equal("青山市科学技术局", "青山市财政局", "中共青山市委组织部", "中共青山市委人才工作领导小组办公室");
        owners.Select(r => r.Properties["role"]).Should().Equal("LEAD", "CO", "CO", "CO");
        owners.Select(r => r.To).Distinct().Should().ContainSingle().Which.Should().Be("task.d002.1");
        Qingshan.Value.Entities.Single(e => e.Id == "task.d002.1").Name.Should().Be("建设高水平研发平台");
    }

    [Fact]
    public void co_building_location_and_indicator_values_are_proposed()
    {
        var result = Qingshan.Value;
        var institute = result.Entities.Single(e => e.Name == "青山大学智能制造研究院");

        institute.Should().BeEquivalentTo(new { Kind = EntityKind.Institute, IsNew = true });
        result.Relations.Should().Contain(r => r.From == institute.Id && r.Type == RelationType.CoBuiltWith && r.To == "univ.qingshan-university");
        result.Relations.Should().Contain(r => r.From == institute.Id && r.Type == RelationType.LocatedIn && r.To == "region.qingshan.donghu");
        result.Observations.Select(o => (o.Region, o.Indicator, o.Year, o.Value, o.Status, o.Qualifier)).Should().BeEquivalentTo(
            [("region.qingshan", "ind.rd-intensity", 2023, 2.85m, "actual", (string?)null), ("region.qingshan", "ind.rd-intensity", 2027, 3.5m, "target", "over")]);
    }

    [Fact]
    public void proposals_are_ordered_by_confidence_and_new_ones_are_marked_for_review()
    {
        var result = Qingshan.Value;

        result.Entities.Select(e => e.Confidence).Should().BeInDescendingOrder();
        result.Relations.Select(r => r.Confidence).Should().BeInDescendingOrder();
        result.Entities.Where(e => e.IsNew && e.Kind != EntityKind.Task).Should().OnlyContain(e => e.Review != null);
    }

    [Fact]
    public void a_short_form_in_another_citys_document_means_that_citys_body()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("1.推进研发。(责任单位:市科技局、市财政局)", new IngestOptions("d003", "003_baisha.txt", City: "白沙市"));

        result.Entities.Where(e => e.Kind == EntityKind.GovernmentBody).Select(e => (e.Id, e.Name, e.IsNew))
            .Should().Equal(("gov.baisha.science-bureau", "白沙市科学技术局", true), ("gov.baisha.finance-bureau", "白沙市财政局", true));
    }

    [Fact]
    public void a_generic_description_is_not_a_body_and_a_count_of_bodies_is_an_indicator_whose_draft_validates()
    {
        const string text = "2023年,全市新建科创平台5个,累计认定省级重点实验室12家。";
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest(text, new IngestOptions("d004", "004.txt", City: "region.qingshan", Date: "2024-02-01"));

        result.Entities.Where(e => e.Kind != EntityKind.Indicator).Select(e => e.Name).Should().NotContain(["科创平台", "省级重点实验室"]);
        var indicator = result.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Indicator && e.Name == "省级重点实验室数").Subject;
        result.Observations.Should().ContainSingle(o => o.Indicator == indicator.Id).Which.Should().BeEquivalentTo(new { Region = "region.qingshan", Year = 2023, Value = 12m, Status = "actual" });
        SeedCompiler.Compile([("seeds.yaml", FictionalCity.Seeds), ("d004.yaml", DraftWriter.AcceptAll(DraftWriter.Write(result)))]).Problems.Should().BeEmpty();
    }

    [Fact]
    public void every_proposals_span_is_the_original_text_at_its_paragraph()
    {
        var paragraphs = FictionalCity.Document.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        SpansMatch(Qingshan.Value, paragraphs);
    }

    [Fact]
    public void spans_in_a_traditional_document_with_page_debris_are_the_original_text()
    {
        var seeds = SeedCompiler.CompileDirectory(Testing.RepositoryPaths.Seeds);
        seeds.Problems.Should().BeEmpty();
        var text = "紹興市科學技術局會同紹興國家高新區推進創新。\n2022年,紹興市R&D經費投入強度為3. 1%,\n2、居全省第4位。研究院落戶紹興\n";
        var result = new DocumentIngester(Gazetteer.GazetteerIndex.Of(seeds.Dataset!)).Ingest(text, new IngestOptions("d099", "099.txt", City: "region.shaoxing", Date: "2023-01-01"));

        result.Entities.Should().Contain(e => e.Id == "region.shaoxing" && !e.IsNew);
        SpansMatch(result, text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList());
    }

    private static void SpansMatch(IngestResult result, List<string> paragraphs)
    {
        var evidence = result.Entities.SelectMany(e => e.Evidence).Concat(result.Relations.Select(r => r.Evidence)).Concat(result.Observations.Select(o => o.Evidence)).ToList();
        evidence.Should().NotBeEmpty();
        foreach (var e in evidence)
        {
            e.Locator.Should().StartWith(result.Source.Id + ":p");
            paragraphs[e.Paragraph - 1][e.Start..e.End].Should().Be(e.Text, $"the span of {e.Method} at {e.Locator} [{e.Start},{e.End})");
        }
    }
}
