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
    public void a_name_in_quotation_marks_with_a_programme_word_is_a_programme_quotes_and_all()
    {
        Titles("实施“青苗”人才计划和“白鹭行动”,推进科技企业“倍增”行动计划。").Should().Equal(
            ("“青苗”人才计划", EntityKind.Programme), ("“白鹭行动”", EntityKind.Programme), ("“倍增”行动计划", EntityKind.Plan));
    }
}
