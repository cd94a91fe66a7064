using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Normalisation;
using InnoGraph.Ingestion.Rules.Tables;

namespace InnoGraph.Ingestion.Tests;

public sealed class TableLayoutTests
{
    private static List<string> Cells(Paragraph paragraph) =>
        [.. paragraph.Row!.Cells(paragraph.Text.Text).Select(c => paragraph.Text.Text[c.Start..c.End])];

    [Fact]
    public void a_tab_separated_table_keeps_its_cells_and_a_continuation_line_its_empty_cells()
    {
        var source = SourceText.Parse("序号\t工作任务\t工作内容\t牵头单位\t配合单位\n1\t建设青山实验室\t支持企业 建设研发机构,\t市科技局\t市财政局、\n\t\t年内建成2家\t\t市经信局\n全市加快 建设研发平台。");

        source.Paragraphs[0].Row!.IsHeader.Should().BeTrue();
        source.Paragraphs[0].Row!.Columns.Select(c => c.Role).Should().Equal(TableColumnRole.Number, TableColumnRole.Task, TableColumnRole.Content, TableColumnRole.Lead, TableColumnRole.Units);
        Cells(source.Paragraphs[1]).Should().Equal("1", "建设青山实验室", "支持企业建设研发机构,", "市科技局", "市财政局、");
        source.Paragraphs[2].Row!.Continues.Should().BeTrue();
        Cells(source.Paragraphs[2]).Should().Equal("", "", "年内建成2家", "", "市经信局");
        source.Paragraphs[3].Row.Should().BeNull();
        source.Paragraphs[3].Text.Text.Should().Be("全市加快建设研发平台。");
    }

    [Fact]
    public void a_cell_of_a_table_points_into_its_original_line()
    {
        var paragraph = SourceText.Parse("序号  重点任务  责任单位\n2   培育科技企业   市經信局").Paragraphs[1];
        var cell = paragraph.Row!.Cells(paragraph.Text.Text)[2];

        paragraph.Text.OriginalText(cell.Start, cell.End).Should().Be("市經信局");
    }

    [Fact]
    public void a_continuation_parted_by_spaces_goes_under_the_columns_its_text_stands_under()
    {
        var source = SourceText.Parse("序号  主要任务      责任单位\n1     建设实验室    市科技局、\n                    市财政局");

        Cells(source.Paragraphs[2]).Should().Equal("", "", "市财政局");
    }

    [Fact]
    public void an_indicator_table_may_part_its_cells_by_single_spaces_and_a_line_of_another_shape_ends_it()
    {
        var source = SourceText.Parse("指标名称 单位 2024年(现状) 2026年 属性\n研发投入强度 % 2.9 3.1左右 预期性\n到2026年,全市 研发投入强度 达到3.1%。");

        source.Paragraphs[0].Row!.Columns.Select(c => (c.Role, c.Year)).Should().Equal(
            (TableColumnRole.IndicatorName, null), (TableColumnRole.Other, null), (TableColumnRole.Year, 2024), (TableColumnRole.Year, 2026), (TableColumnRole.Other, (int?)null));
        Cells(source.Paragraphs[1]).Should().Equal("研发投入强度", "%", "2.9", "3.1左右", "预期性");
        source.Paragraphs[2].Row.Should().BeNull();
    }

    [Fact]
    public void a_category_between_rows_and_the_cells_a_row_shares_with_the_row_above_keep_the_table_open()
    {
        var source = SourceText.Parse("类别 指标名称 单位 2024年 2026年\n创新投入 研发投入强度 % 2.9 3.1\n财政科技支出 亿元 4 5\n创新产出\n科技型企业数 家 300 350\n三、重点任务");

        Cells(source.Paragraphs[2]).Should().Equal("财政科技支出", "亿元", "4", "5");
        source.Paragraphs[2].Row!.Cells(source.Paragraphs[2].Text.Text)[0].Column.Should().Be(1);
        source.Paragraphs[3].Row.Should().NotBeNull();
        source.Paragraphs[4].Row.Should().NotBeNull();
        source.Paragraphs[5].Row.Should().BeNull();
    }

    [Fact]
    public void another_header_opens_a_table_of_its_own()
    {
        var source = SourceText.Parse("序号\t重点任务\t责任单位\n1\t建设实验室\t市科技局\n指标名称\t单位\t2026年\n研发投入强度\t%\t3.1");

        source.Paragraphs[2].Row!.IsHeader.Should().BeTrue();
        source.Paragraphs[3].Row!.IsIndicatorTable.Should().BeTrue();
    }

    [Fact]
    public void a_list_of_bodies_names_its_columns_by_the_body_its_host_and_its_place()
    {
        var source = SourceText.Parse("序号 单位名称 建设单位 所在镇（街道）\n1 白沙市先进材料研究院 白沙某某新材料有限公司 白石镇");

        source.Paragraphs[0].Row!.Columns.Select(c => c.Role).Should().Equal(TableColumnRole.Number, TableColumnRole.BodyName, TableColumnRole.Host, TableColumnRole.Town);
        source.Paragraphs[1].Row!.IsBodyTable.Should().BeTrue();
        Cells(source.Paragraphs[1]).Should().Equal("1", "白沙市先进材料研究院", "白沙某某新材料有限公司", "白石镇");
    }

    [Fact]
    public void running_text_with_a_header_word_is_no_table()
    {
        SourceText.Parse("序号 为 任务 的 清单\n全市 建设 研发平台").Paragraphs.Should().OnlyContain(p => p.Row == null);
    }
}

public sealed class TaskTableTests
{
    private static IngestResult Ingest(string text, string? date = "2026-02-01") =>
        new DocumentIngester(FictionalCity.Gazetteer()).Ingest(text, new IngestOptions("d901", "901.txt", City: "region.qingshan", Date: date));

    private static List<string> UnitsOf(IngestResult result, string task) =>
        [.. result.Relations.Where(r => r.Type == RelationType.ResponsibleFor && r.To == task).OrderBy(r => (long)r.Properties["order"])
            .Select(r => $"{r.Properties["role"]} {result.Entities.First(e => e.Id == r.From).Name} p{r.Evidence.Paragraph}")];

    [Fact]
    public void each_row_is_a_task_named_by_its_task_cell_with_the_leads_units_first_and_the_tails_of_wrapped_cells_after_theirs()
    {
        var result = Ingest("青山市2026年科技工作任务清单\n序号\t工作任务\t配合单位\t牵头单位\t完成时间\n1\t建设青山实验室\t市财政局、\t市科技局\t2026年12月\n\t\t市教育局\t\t\n2\t培育科技企业\t市科技局\t市经信局\t2026年10月");

        result.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => (e.Name, e.Properties["number"])).Should().Equal(("建设青山实验室", "1"), ("培育科技企业", "2"));
        UnitsOf(result, "task.d901.1").Should().Equal("LEAD 青山市科学技术局 p3", "CO 青山市财政局 p3", "CO 青山市教育局 p4");
        UnitsOf(result, "task.d901.2").Should().Equal("LEAD 青山市经济和信息化局 p5", "CO 青山市科学技术局 p5");
    }

    [Fact]
    public void a_table_in_traditional_characters_without_a_lead_column_takes_the_unit_marked_as_lead_first()
    {
        var result = Ingest("序號\t重點任務\t責任單位\n一.\t建設青山實驗室\t市財政局、市科技局(牽頭)");

        result.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Task).Which.Properties["number"].Should().Be("1");
        UnitsOf(result, "task.d901.1").Should().Equal("LEAD 青山市科学技术局 p2", "CO 青山市财政局 p2");
    }

    [Fact]
    public void the_content_cell_is_read_as_running_text_and_its_figures_of_the_documents_year_are_targets()
    {
        var result = Ingest("序号  重点任务  具体内容  责任单位  完成时限\n1  提升研发投入  年内全社会研发投入强度达到3.2%  市科技局、市财政局  2026年12月");

        result.Observations.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Indicator = "ind.rd-intensity", Year = 2026, Value = 3.2m, Status = "target" });
        UnitsOf(result, "task.d901.1").Should().Equal("LEAD 青山市科学技术局 p2", "CO 青山市财政局 p2");
    }
}

public sealed class IndicatorTableTests
{
    private static IngestResult Ingest(string text) =>
        new DocumentIngester(FictionalCity.Gazetteer()).Ingest(text, new IngestOptions("d901", "901.txt", City: "region.qingshan", Date: "2026-03-01"));

    [Fact]
    public void each_year_column_gives_a_value_with_the_status_of_its_year_and_the_qualifier_of_its_cell()
    {
        var result = Ingest("青山市科技创新指标计划(2026—2028年)\n指标 单位 2025年(基期) 2026年 2028年 属性\n研发投入强度 % 2.9 3.1 不低于3.5 约束性\n科技型企业数 家 300 350 超过420 预期性");

        var firms = result.Entities.Should().ContainSingle(e => e.Name == "科技型企业数" && e.IsNew && e.Kind == EntityKind.Indicator).Which.Id;
        result.Observations.Select(o => (o.Indicator, o.Year, o.Value, o.Unit, o.Status, o.Qualifier)).Should().BeEquivalentTo(new[]
        {
            ("ind.rd-intensity", 2025, 2.9m, "%", "actual", (string?)null),
            ("ind.rd-intensity", 2026, 3.1m, "%", "target", null),
            ("ind.rd-intensity", 2028, 3.5m, "%", "target", "at-least"),
            (firms, 2025, 300m, "count", "actual", null),
            (firms, 2026, 350m, "count", "target", null),
            (firms, 2028, 420m, "count", "target", "over"),
        });
    }

    [Fact]
    public void a_unit_in_brackets_after_the_name_is_the_rows_unit()
    {
        var result = Ingest("指标名称\t2026年\t2028年\n研发投入强度(%)\t3.1\t3.5以上");

        result.Observations.Select(o => (o.Indicator, o.Year, o.Unit, o.Qualifier)).Should().Equal(("ind.rd-intensity", 2026, "%", (string?)null), ("ind.rd-intensity", 2028, "%", "over"));
    }

    [Fact]
    public void a_column_of_an_estimate_gives_estimates_and_a_value_cell_points_into_its_line()
    {
        var result = Ingest("指标名称\t单位\t2025年(预计)\t2027年\n研发投入强度\t%\t3.0\t3.4左右");

        result.Observations.Select(o => (o.Year, o.Status, o.Qualifier, o.Evidence.Text)).Should().BeEquivalentTo(new[]
        {
            (2025, "estimate", (string?)null, "3.0"),
            (2027, "target", "about", "3.4左右"),
        });
    }
}

public sealed class BodyTableTests
{
    private static IngestResult Ingest(string text, string city = "region.qingshan.donghu") =>
        new DocumentIngester(FictionalCity.Gazetteer()).Ingest(text, new IngestOptions("d901", "901.txt", City: city, Date: "2026-05-01"));

    private static string NameOf(IngestResult result, string id) => result.Entities.First(e => e.Id == id).Name;

    private static List<string> Facts(IngestResult result) =>
        [.. result.Relations.Where(r => r.Type is RelationType.PartOf or RelationType.Runs or RelationType.LocatedIn)
            .Select(r => $"{NameOf(result, r.From)} {r.Type} {NameOf(result, r.To)}").Order(StringComparer.Ordinal)];

    [Fact]
    public void each_row_of_a_tab_separated_list_is_a_body_part_of_its_host_and_located_in_its_street()
    {
        var result = Ingest("东湖区2026年度区级研发机构名单\n序号\t机构名称\t依托单位\t所在街道\n1\t东湖区智能装备研究院\t青山明远机械有限公司\t湖滨街道\n2\t青山启航电子有限公司传感器研发中心\t青山启航电子有限公司\t湖滨街道");

        result.Entities.Where(e => e.IsNew).Select(e => (e.Kind, e.Name)).Should().BeEquivalentTo(new[]
        {
            (EntityKind.Institute, "东湖区智能装备研究院"), (EntityKind.Enterprise, "青山明远机械有限公司"), (EntityKind.Region, "湖滨街道"),
            (EntityKind.RdCentre, "青山启航电子有限公司传感器研发中心"), (EntityKind.Enterprise, "青山启航电子有限公司"),
        });
        result.Entities.Single(e => e.Name == "湖滨街道").Properties["level"].Should().Be("town");
        Facts(result).Should().Equal(
            "东湖区智能装备研究院 LocatedIn 湖滨街道", "东湖区智能装备研究院 PartOf 青山明远机械有限公司", "湖滨街道 PartOf 东湖区",
            "青山启航电子有限公司传感器研发中心 LocatedIn 湖滨街道", "青山启航电子有限公司传感器研发中心 PartOf 青山启航电子有限公司");
    }

    [Fact]
    public void a_space_separated_list_in_another_order_places_a_platform_its_university_runs_in_a_known_region()
    {
        var result = Ingest("序号 所在地 运营单位 平台名称\n1 东湖区 青山大学 青山大学星火众创空间", "region.qingshan");

        result.Entities.Should().NotContain(e => e.Name.Contains("名称", StringComparison.Ordinal) || e.Name.Contains("运营", StringComparison.Ordinal));
        result.Entities.Where(e => e.IsNew).Select(e => $"{e.Kind} {e.Name}").Should().Equal("Platform 青山大学星火众创空间");
        Facts(result).Should().Equal("青山大学 Runs 青山大学星火众创空间", "青山大学星火众创空间 LocatedIn 东湖区");
    }

    [Fact]
    public void a_list_without_a_host_column_places_each_body_in_the_town_its_place_cell_names()
    {
        var result = Ingest("序号  名称  所在区域\n1  东湖区新材料实验室  白石镇\n2  东湖区数字经济孵化器  东湖区");

        Facts(result).Should().Equal("东湖区数字经济孵化器 LocatedIn 东湖区", "东湖区新材料实验室 LocatedIn 白石镇", "白石镇 PartOf 东湖区");
        result.Observations.Should().BeEmpty();
    }

    [Fact]
    public void the_text_after_a_list_names_its_bodies_whole_again()
    {
        var result = Ingest("序号\t名称\t依托单位\n1\t东湖区智能装备研究院\t江南锐驰汽车零部件股份有限公司\n东湖区智能装备研究院由江南锐驰汽车零部件股份有限公司与青山大学合作共建。");

        result.Entities.Should().NotContain(e => e.Name == "江南省");
        result.Relations.Where(r => r.Type == RelationType.CoBuiltWith).Select(r => NameOf(result, r.To)).Should().BeEquivalentTo("江南锐驰汽车零部件股份有限公司", "青山大学");
    }
}
