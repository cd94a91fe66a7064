using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Tests;

public sealed class TitleTests
{
    private static List<(string Name, EntityKind Kind)> Titles(string text) => [.. TitleRule.Find(text).Select(t => (text[t.Start..t.End], t.Kind))];

    [Fact]
    public void a_title_names_a_policy_or_a_plan_by_its_last_words()
    {
        Titles("印发《青山市科技企业培育管理办法》和《青山市数字经济发展三年行动计划(2024—2026)》,出台《青山市人才新政实施方案》。").Should().Equal(
            ("青山市科技企业培育管理办法", EntityKind.Policy), ("青山市数字经济发展三年行动计划(2024—2026)", EntityKind.Plan), ("青山市人才新政实施方案", EntityKind.Policy));
    }

    [Fact]
    public void a_generic_title_or_a_file_name_is_not_a_name()
    {
        Titles("落实《规划纲要》,下载《青山市方案.docx》。").Should().BeEmpty();
    }

    [Fact]
    public void a_quoted_label_before_a_programmes_descriptive_name_is_part_of_it()
    {
        Titles("深入实施“白鹭之星”科技企业培育计划,新增企业20家。").Should().Equal(("“白鹭之星”科技企业培育计划", EntityKind.Programme));
    }

    [Fact]
    public void a_name_in_quotation_marks_with_a_programme_word_is_a_programme_quotes_and_all()
    {
        Titles("实施“青苗”人才计划和“白鹭行动”,推进科技企业“倍增”行动计划。").Should().Equal(
            ("“青苗”人才计划", EntityKind.Programme), ("“白鹭行动”", EntityKind.Programme), ("“倍增”行动计划", EntityKind.Plan));
    }

    [Theory]
    [InlineData("青山市数字经济创新提质行动方案(2025—2027年)", "青山市数字经济创新提质行动方案(2025—2027年)", EntityKind.Plan)]
    [InlineData("青山市关于加快科技企业培育的若干政策", "青山市关于加快科技企业培育的若干政策", EntityKind.Policy)]
    public void a_title_line_without_brackets_names_the_plan_or_policy(string line, string name, EntityKind kind)
    {
        TitleRule.TitleLine(line).Should().Be((0, name.Length, kind));
    }

    [Theory]
    [InlineData("青山市科技创新工作情况")]
    [InlineData("到2027年,青山市制定科技人才行动方案")]
    [InlineData("(一)保障措施")]
    public void a_line_that_is_no_title_of_a_plan_or_policy_names_none(string line)
    {
        TitleRule.TitleLine(line).Should().BeNull();
    }

    [Fact]
    public void the_first_line_of_a_document_names_its_plan_and_what_the_title_holds_is_not_proposed_apart()
    {
        var entities = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("青山市科技创新平台建设行动方案(2025—2027年)\n到2027年,建成一批平台。", new IngestOptions("d005", "005.txt", City: "region.qingshan"))
            .Entities.Select(e => (e.Kind, e.Name)).ToList();

        entities.Should().Contain([(EntityKind.Plan, "青山市科技创新平台建设行动方案(2025—2027年)"), (EntityKind.Region, "青山市")])
            .And.NotContain((EntityKind.Platform, "青山市科技创新平台"));
    }
}
