using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class SpanTests
{
    private static List<(string Name, int Year, decimal Value, string Status)> Read(string text, int year) =>
        [.. NewIndicatorRule.Find(text, new YearContext(year)).SelectMany(p => p.Values).Select(v => (v.Indicator, v.Year, v.Value, v.Status))];

    [Fact]
    public void a_figure_over_a_span_gives_the_first_years_value_as_actual_and_the_last_years_by_its_status()
    {
        Read("全市数字经济核心产业增加值由2023年的120亿元提高到2028年的200亿元。", 2024).Should().Equal(
            ("数字经济核心产业增加值", 2023, 120m, "actual"), ("数字经济核心产业增加值", 2028, 200m, "target"));
        Read("2020年至2023年,全市孵化器从12家增加到30家。", 2024).Should().Equal(
            ("孵化器数", 2020, 12m, "actual"), ("孵化器数", 2023, 30m, "actual"));
    }

    [Fact]
    public void a_span_without_its_years_is_not_dated_by_guess()
    {
        Read("近年来,全市孵化器从12家增加到30家。", 2024).Should().BeEmpty();
    }
}
