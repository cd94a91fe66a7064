using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class AwardCountTests
{
    [Fact]
    public void things_that_won_a_prize_are_the_count_of_the_prize_and_the_figures_after_qizhong_its_parts()
    {
        var found = NewIndicatorRule.Find("2023年,15项成果获市级以上科技奖,其中一等奖2项,二等奖5项、三等奖8项。", new YearContext(2024, null)).ToList();

        found.Where(p => p.Name == "市级以上科技奖数").SelectMany(p => p.Values).Select(v => (v.Year, v.Value, v.Qualifier)).Should().Equal(
            (2023, 15m, null), (2023, 2m, "part-1"), (2023, 5m, "part-2"), (2023, 8m, "part-3"));
    }

    [Fact]
    public void a_figure_inside_its_clause_is_not_read_as_things_that_won()
    {
        NewIndicatorRule.Find("2023年,全市新建孵化器15家获市级认定。", new YearContext(2024, null)).Should().NotContain(p => p.Name.EndsWith("奖数", StringComparison.Ordinal));
    }
}
