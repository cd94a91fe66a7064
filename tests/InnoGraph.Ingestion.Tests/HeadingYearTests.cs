using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class HeadingYearTests
{
    private static readonly Lazy<Gazetteer.GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void a_headings_year_dates_the_figures_of_the_paragraphs_under_it_not_the_documents_date()
    {
        Years("二、2024年主要成效\n(一)研发投入强度达到3.1%。\n(二)新增高新技术企业120家。").Should().Equal(2024, 2024);
    }

    [Fact]
    public void the_year_opening_a_paragraph_that_introduces_a_list_dates_the_list_paragraphs_after_it()
    {
        Years("2024年,全市科技工作稳步推进:\n一是研发投入强度达到3.1%。\n二是新增高新技术企业120家。").Should().Equal(2024, 2024);
    }

    [Fact]
    public void a_chapter_heading_without_a_year_ends_the_headings_year()
    {
        Years("一、2024年主要成效\n研发投入强度达到3.1%。\n二、存在的问题\n新增高新技术企业120家。").Should().Equal(2024, 2025);
    }

    [Fact]
    public void the_year_in_force_changes_only_at_a_heading_a_list_opening_or_a_paragraph_opening_with_the_past_year()
    {
        var years = new YearContext(2026);
        HeadingYear.After("三、2025年工作思路", 2024, years).Should().Be(2025);
        HeadingYear.After("(二)人才工作", 2024, years).Should().Be(2024);
        HeadingYear.After("三、下一步工作", 2024, years).Should().BeNull();
        HeadingYear.After("到2027年,全市要实现以下目标:", null, years).Should().Be(2027);
        HeadingYear.After("全市研发投入强度达到3.1%,比2023年提高0.2个百分点。", 2024, years).Should().Be(2024);
        HeadingYear.After("过去一年,全市研发投入强度达到3.1%。", 2026, years).Should().Be(2025);
        HeadingYear.After("全市研发投入强度比去年提高。", 2026, years).Should().Be(2026);
        HeadingYear.After("2026年,全市将加快建设实验室。", 2025, years).Should().Be(2026);
        HeadingYear.After("2022年,全市研发投入强度为2.6%。", 2023, years).Should().Be(2023);
    }

    [Fact]
    public void the_clauses_of_an_enumeration_are_named_without_their_number_and_carry_no_subject_from_each_other()
    {
        var result = Ingest("2024年,全市科技创新取得新成效:一是研发投入强度达到3.1%;二是新增高新技术企业120家;三是技术合同成交额达到50亿元。");

        result.Entities.Select(e => e.Name).Should().Contain(["高新技术企业数", "技术合同成交额"]).And.NotContain(n => n.Contains('是'));
        result.Observations.Select(o => o.Year).Should().AllBeEquivalentTo(2024);
    }

    [Fact]
    public void without_a_given_title_the_year_of_the_documents_first_line_dates_its_undated_figures()
    {
        Years("青山市2024年科技创新工作总结\n全市研发投入强度达到3.1%。", title: null).Should().Equal(2024);
        PlanPeriod.OfTitleLine("全市研发投入强度2024年达到3.1%。").Should().BeNull();
    }

    [Fact]
    public void a_reports_figures_of_a_year_after_the_one_it_reports_on_are_targets_though_published_in_that_year()
    {
        var result = Ingest("全市研发投入强度达到3.1%。\n三、2025年工作打算\n研发投入强度达到3.3%。", title: "青山市2024年科技创新工作总结");

        result.Observations.OrderBy(o => o.Evidence.Paragraph).Select(o => (o.Year, o.Status)).Should().Equal((2024, "actual"), (2025, "target"));
    }

    private static List<int> Years(string text, string? title = "青山市科技工作情况") => [.. Ingest(text, title).Observations.OrderBy(o => o.Evidence.Paragraph).Select(o => o.Year)];

    private static IngestResult Ingest(string text, string? title = "青山市科技工作情况") =>
        new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", Title: title, City: "region.qingshan", Date: "2025-02-01"));

    [Fact]
    public void a_heading_or_chapter_that_plans_one_year_holds_until_another_chapter_or_a_heading_with_a_year()
    {
        HeadingYear.Planned("三、抓好2026年各项重点任务。今年全区要加快建设。", null).Should().Be(2026);
        HeadingYear.Planned("2026年工作思路", null).Should().Be(2026);
        HeadingYear.Planned("第一,加快平台建设。", 2026).Should().Be(2026);
        HeadingYear.Planned("2025年科技创新工作总结和2026年工作计划", null).Should().BeNull();
        HeadingYear.Planned("四、保障措施", 2026).Should().BeNull();
        HeadingYear.Planned("二、2025年主要成效", 2026).Should().BeNull();
    }

    [Fact]
    public void what_a_section_planning_the_documents_own_year_sets_is_a_target()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("三、抓好2026年各项重点任务\n第一,壮大科技企业。全年新认定高新技术企业220家。", new IngestOptions("d005", "005.txt", City: "region.qingshan", Date: "2026-02-20"));

        result.Observations.Should().Contain(o => o.Year == 2026 && o.Value == 220m && o.Status == "target");
    }
}
