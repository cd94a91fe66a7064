using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// The period a title states: a plan's span, 推进方案(2023—2027年), 规划(2021-2025年); or the one year a report or a
/// year's plan is about, 2023年科技创新工作总结, 2024年工作要点, or of two, the year a report reviews (2025年…总结和2026年…计划)
/// — what it tells without a year is told of that year, not of the day it was published.
/// </summary>
public static partial class PlanPeriod
{
    private const int MaxTitleLength = 60;

    /// <summary>The span's last year, else the title's only year, else null.</summary>
    public static int? End(string title)
    {
        if (Pattern().Match(title) is { Success: true } span)
        {
            return int.Parse(span.Groups["end"].ValueSpan, CultureInfo.InvariantCulture);
        }

        var years = YearContext.All(title).Distinct().ToList();
        return years.Count == 1 ? years[0]
            : ReviewedYear().Match(title) is { Success: true } reviewed ? int.Parse(reviewed.Groups["year"].ValueSpan, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>2025年科技创新工作总结和2026年工作计划: a title of two years is about the year it reviews.</summary>
    [GeneratedRegex(@"(?<year>20\d{2})年[^\d]{0,20}?总结")]
    private static partial Regex ReviewedYear();

    /// <summary>
    /// The first year of the span a title states (推进方案(2025—2027年) → 2025), else null: an undated plan speaks as of the start
    /// of its period, so that what it sets each year is set for every year of it.
    /// </summary>
    public static int? Start(string title) =>
        title.Length <= MaxTitleLength && Pattern().Match(title) is { Success: true } span ? int.Parse(span.Groups["start"].ValueSpan, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// The first year a plan's title plans for: its span's first (推进方案(2025—2027年)), or the one year of a year's plan
    /// (2026年科技工作要点, 2026年工作计划); null for a report (…总结, …报告, …情况) or a title of no year.
    /// </summary>
    public static int? PlannedFrom(string title)
    {
        if (title.Length > MaxTitleLength || Reported().IsMatch(title))
        {
            return null;
        }

        if (Pattern().Match(title) is { Success: true } span)
        {
            return int.Parse(span.Groups["start"].ValueSpan, CultureInfo.InvariantCulture);
        }

        var years = YearContext.All(title).Distinct().ToList();
        return years.Count == 1 && YearsPlan().IsMatch(title) ? years[0] : null;
    }

    [GeneratedRegex(@"总结|报告|情况")]
    private static partial Regex Reported();

    [GeneratedRegex(@"(?:要点|计划|方案|安排|思路|打算)$")]
    private static partial Regex YearsPlan();

    /// <summary>The period of a document's first line when it is a title — no full stop, short — and no title was given.</summary>
    public static int? OfTitleLine(string line) => line.Length <= MaxTitleLength && !line.Contains('。', StringComparison.Ordinal) ? End(line) : null;

    [GeneratedRegex(@"(?<start>20\d{2})\s*[—–\-~～至到]+\s*(?<end>20\d{2})\s*年")]
    private static partial Regex Pattern();
}
