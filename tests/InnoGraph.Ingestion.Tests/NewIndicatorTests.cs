using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Tests;

public sealed class NewIndicatorTests
{
    private static List<(string Name, int Year, decimal Value, string Unit, string Status, string? Qualifier)> Read(string text, int? year, int? periodEnd = null) =>
        [.. NewIndicatorRule.Find(text, new YearContext(year, periodEnd)).SelectMany(p => p.Values).Select(v => (v.Indicator, v.Year, v.Value, v.Unit, v.Status, v.Qualifier))];

    [Fact]
    public void a_count_of_things_becomes_an_indicator_named_with_shu_without_the_verb_before_it()
    {
        Read("2022年,全市累计认定省级工程研究中心318家,新增市级孵化器12个。", 2023).Should().Equal(
            ("省级工程研究中心数", 2022, 318m, "count", "actual", "cumulative"),
            ("市级孵化器数", 2022, 12m, "count", "actual", "new"));
    }

    [Fact]
    public void words_that_name_a_quantity_keep_their_name_and_a_share_needs_such_words()
    {
        Read("到2030年,每万人口发明专利拥有量达到35件以上,数字经济增加值占比超过60%。", 2025).Should().Equal(
            ("每万人口发明专利拥有量", 2030, 35m, "count", "target", "over"),
            ("数字经济增加值占比", 2030, 60m, "%", "target", "over"));
        Read("2024年工业产值同比增长12.5%。", 2025).Should().BeEmpty();
    }

    [Fact]
    public void a_figure_after_ge_goes_to_each_name_before_it()
    {
        Read("到2030年,集聚产业领军人才、青年创新人才各300名左右。", 2025).Select(v => (v.Name, v.Value, v.Qualifier)).Should().Equal(
            ("产业领军人才数", 300m, "about"), ("青年创新人才数", 300m, "about"));
    }

    [Fact]
    public void without_a_year_in_the_paragraph_a_plans_figures_are_targets_for_the_end_of_its_period()
    {
        Read("支持企业建设研发机构,建成省级技术创新中心4家。", 2024, periodEnd: 2028).Should().Equal(("省级技术创新中心数", 2028, 4m, "count", "target", null));
    }

    [Fact]
    public void a_target_year_set_earlier_in_the_paragraph_carries_to_the_next_sentences()
    {
        Read("到2030年,创新能力明显增强。建成概念验证中心6个。", 2025).Should().Equal(("概念验证中心数", 2030, 6m, "count", "target", null));
    }

    [Fact]
    public void each_year_figures_are_read_for_every_year_of_the_plan_and_share_their_verb_along_a_list()
    {
        var values = Read("每年新增专利示范企业40家、知识产权服务机构5家。", 2024, periodEnd: 2026);

        values.Select(v => (v.Name, v.Year, v.Value, v.Status)).Should().Equal(
            ("每年新增专利示范企业数", 2024, 40m, "target"), ("每年新增专利示范企业数", 2025, 40m, "target"), ("每年新增专利示范企业数", 2026, 40m, "target"),
            ("每年新增知识产权服务机构数", 2024, 5m, "target"), ("每年新增知识产权服务机构数", 2025, 5m, "target"), ("每年新增知识产权服务机构数", 2026, 5m, "target"));
    }

    [Fact]
    public void the_tail_of_another_figure_a_date_or_an_attribute_is_not_an_indicator()
    {
        Read("办理时间由10个工作日缩减到3个工作日。", 2024).Should().BeEmpty();
        Read("对研发投入占比高于4%的企业给予奖励。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void a_plans_period_is_read_from_its_title()
    {
        PlanPeriod.End("青山市科技创新行动方案(2024—2028年)").Should().Be(2028);
        PlanPeriod.End("青山市科技创新工作情况").Should().BeNull();
    }
}
