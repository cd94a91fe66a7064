using InnoGraph.Ingestion.Facts;
using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Tests;

public sealed class TaskHeadingTests
{
    [Fact]
    public void a_task_name_may_hold_latin_letters_and_digits_and_may_end_at_the_paragraphs_end()
    {
        TaskHeadingRule.Find("加快建设。2 .推进青山G60科创走廊建设。支持企业。").Select(h => (h.Number, h.Name)).Should().Equal(("2", "推进青山G60科创走廊建设"));
        TaskHeadingRule.Find("(责任单位:市科技局)3 .深化国际科技合作").Select(h => (h.Number, h.Name)).Should().Equal(("3", "深化国际科技合作"));
    }

    [Fact]
    public void a_task_name_that_a_page_break_cut_off_ends_with_the_words_the_next_paragraph_opens_with()
    {
        TaskHeadingRule.Find("(责任单位:市科技局)2 .集聚海外高层次创", "新团队。支持企业引进人才。").Select(h => h.Name).Should().Equal("集聚海外高层次创新团队");
        TaskHeadingRule.Find("(责任单位:市科技局)2 .集聚海外高层次创新团队", "。支持企业引进人才。").Select(h => h.Name).Should().Equal("集聚海外高层次创新团队");
        TaskHeadingRule.Find("2 .集聚海外人才。支持企业", "引进人才。").Select(h => h.Name).Should().Equal("集聚海外人才");
    }

    [Fact]
    public void an_action_may_be_opened_by_an_enumeration_in_running_text()
    {
        TaskHeadingRule.Find("实施五大行动。一是实施数字产业培育行动。培育企业。二是人才引育行动。").Where(h => h.IsAction).Select(h => (h.Number, h.Name))
            .Should().Equal(("一", "数字产业培育行动"), ("二", "人才引育行动"));
    }

    [Fact]
    public void another_documents_task_is_not_matched_in_running_text()
    {
        var task = new KnownEntity("task.d001.1-1", EntityKind.Task, "建设研发平台", ["建设研发平台"], new HashSet<string> { "d001" }, new Dictionary<string, object>());
        var result = new DocumentIngester(GazetteerIndex.Of([task])).Ingest("全市加快建设研发平台。", new IngestOptions("d002", "002.txt"));

        result.Entities.Should().NotContain(e => e.Id == task.Id);
    }
}

public sealed class HeadingLevelTests
{
    private static IngestResult Ingest(string text) => new DocumentIngester(GazetteerIndex.Of([])).Ingest(text, new IngestOptions("d901", "901.txt"));

    [Theory]
    [InlineData("(一)建设青山创新平台。支持企业。\n责任单位:市科技局")]
    [InlineData("（一）建设青山创新平台。支持企业。\n责任单位:市科技局")]
    [InlineData("一是建设青山创新平台;支持企业。\n责任单位:市科技局")]
    [InlineData("1、建设青山创新平台。支持企业。\n责任单位:市科技局")]
    [InlineData("(1)建设青山创新平台。支持企业。\n责任单位:市科技局")]
    [InlineData("第一,建设青山创新平台。支持企业。\n责任单位:市科技局")]
    [InlineData("第一条　建设青山创新平台。支持企业。(责任单位:市科技局)")]
    public void a_heading_of_any_level_before_a_list_is_its_task(string text)
    {
        var result = Ingest(text);

        result.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Task).Which.Name.Should().Be("建设青山创新平台");
        result.Relations.Should().ContainSingle(r => r.Type == RelationType.ResponsibleFor);
    }

    [Fact]
    public void an_annexs_line_of_a_task_and_its_fields_gives_the_task_its_list_and_is_the_same_task_as_in_the_plan()
    {
        var result = Ingest("二、重点任务\n1.建设青山创新平台。支持企业建设平台。\n三、保障措施\n强化组织领导。\n附件:重点任务清单\n1. 建设青山创新平台 牵头单位:市科技局;配合单位:市财政局;完成时间:2027年12月底前");

        var task = result.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Task).Which;
        task.Name.Should().Be("建设青山创新平台");
        task.Evidence.Select(e => e.Paragraph).Should().Equal(2, 6);
        result.Relations.Where(r => r.Type == RelationType.ResponsibleFor).OrderBy(r => (long)r.Properties["order"])
            .Select(r => (result.Entities.Single(e => e.Id == r.From).Name, r.To, r.Properties["role"])).Should().Equal(("市科技局", task.Id, "LEAD"), ("市财政局", task.Id, "CO"));
    }

    [Fact]
    public void a_task_cut_off_by_a_page_break_ends_on_the_next_page_but_not_a_heading_on_a_line_of_its_own()
    {
        var paged = Ingest("1、二、重点任务(一)壮大青山创新力量\n2、1.建设青山实验室。(责任单位:市科技局)2.集聚海外高层次创\n3、新团队。(责任单位:市人力社保局)");
        var lines = Ingest("二、重点任务\n(一)壮大青山创新力量\n1.集聚海外高层次人才\n引进青年人才。(责任单位:市人力社保局)");

        paged.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => e.Name).Should().BeEquivalentTo("建设青山实验室", "集聚海外高层次创新团队");
        lines.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => e.Name).Should().Equal("集聚海外高层次人才");
    }

    [Fact]
    public void a_heading_with_tasks_under_it_is_their_action_and_a_chapter_is_neither()
    {
        var result = Ingest("二、重点任务\n(一)壮大青山创新力量\n1、建设青山实验室。\n责任单位:市科技局\n2、建设青山大学。\n责任单位:市教育局");

        result.Entities.Where(e => e.Kind == EntityKind.Action).Select(e => e.Name).Should().Equal("壮大青山创新力量");
        result.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => e.Name).Should().BeEquivalentTo("建设青山实验室", "建设青山大学");
        result.Relations.Where(r => r.Type == RelationType.PartOf).Should().HaveCount(2);
        result.Entities.Should().NotContain(e => e.Name == "重点任务");
    }

    [Fact]
    public void an_action_heading_on_a_line_of_its_own_is_the_action_of_the_numbered_tasks_after_it()
    {
        var result = Ingest("二、重点任务\n(一)实施青山平台建设行动\n1.建设青山实验室。(责任单位:市科技局)\n2.建设青山大学。(责任单位:市教育局)");

        var action = result.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Action).Which;
        action.Name.Should().Be("实施青山平台建设行动");
        result.Relations.Where(r => r.Type == RelationType.PartOf && r.To == action.Id).Should().HaveCount(2);
    }

    [Fact]
    public void a_heading_above_numbered_tasks_is_their_action_in_a_document_that_names_no_action_so()
    {
        var result = Ingest("二、重点任务\n(一)提升青山平台能级\n1.建设青山实验室。(责任单位:市科技局)\n2.建设青山大学。(责任单位:市教育局)\n(二)壮大青山企业\n3.培育科技企业。(责任单位:市经信局)");

        var actions = result.Entities.Where(e => e.Kind == EntityKind.Action).ToList();
        actions.Select(e => e.Name).Should().Equal("提升青山平台能级", "壮大青山企业");
        result.Relations.Where(r => r.Type == RelationType.PartOf).Select(r => r.To).Should().Equal(actions[0].Id, actions[0].Id, actions[1].Id);
    }

    [Fact]
    public void where_a_document_names_its_actions_a_heading_above_tasks_is_not_one()
    {
        var result = Ingest("一、总体要求\n(一)发展目标\n1.研发投入持续增长。(责任单位:市科技局)\n二、重点任务\n(二)实施青山平台建设行动\n2.建设青山实验室。(责任单位:市科技局)");

        result.Entities.Where(e => e.Kind == EntityKind.Action).Select(e => e.Name).Should().Equal("实施青山平台建设行动");
    }

    [Fact]
    public void in_a_chapter_that_names_an_action_a_heading_line_above_numbered_tasks_is_an_action_too()
    {
        var result = Ingest("一、总体要求\n(一)发展目标。到2027年,研发投入持续增长。\n二、重点任务\n(一)构建青山平台体系\n1.建设青山实验室。(责任单位:市科技局)\n(二)实施青山人才集聚行动\n1.引进青年人才。(责任单位:市科技局)");

        result.Entities.Where(e => e.Kind == EntityKind.Action).Select(e => e.Name).Should().Equal("构建青山平台体系", "实施青山人才集聚行动");
        result.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => e.Properties["number"]).Should().Equal("1.1", "2.1");
    }

    [Fact]
    public void a_chapter_over_numbered_sections_with_their_lists_is_their_action_but_not_a_chapter_of_the_years_tasks()
    {
        var result = Ingest("一、总体目标\n到2027年,研发投入持续增长。\n二、打造青山平台体系\n(一)建设青山实验室。(责任单位:市科技局)\n(二)建设青山研究院。(责任单位:市科技局)\n三、强化人才支撑\n(一)引进青年人才。(责任单位:市科技局)");

        result.Entities.Where(e => e.Kind == EntityKind.Action).Select(e => e.Name).Should().Equal("打造青山平台体系", "强化人才支撑");
        result.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => e.Properties["number"]).Should().Equal("2.1", "2.2", "3.1");

        var report = Ingest("一、2024年工作成效\n全年研发投入持续增长。\n二、2025年工作思路\n一是建设青山实验室。(责任单位:市科技局)\n二是引进青年人才。(责任单位:市科技局)");
        report.Entities.Should().NotContain(e => e.Kind == EntityKind.Action);
        report.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => e.Properties["number"]).Should().Equal("1", "2");
    }

    [Fact]
    public void an_article_of_measures_that_carries_its_own_list_is_a_task()
    {
        var result = Ingest("一、支持青山实验室建设。对新认定的省实验室给予支持。(责任单位:市科技局)\n二、强化科技金融支持。引导银行扩大信贷。(责任单位:市财政局)");

        result.Entities.Where(e => e.Kind == EntityKind.Task).Select(e => e.Name).Should().Equal("支持青山实验室建设", "强化科技金融支持");
        result.Entities.Should().NotContain(e => e.Kind == EntityKind.Action);
    }

    [Fact]
    public void a_heading_without_a_list_is_no_task()
    {
        Ingest("(一)指导青山发展。坚持创新。").Entities.Should().NotContain(e => e.Kind == EntityKind.Task || e.Kind == EntityKind.Action);
    }
}
