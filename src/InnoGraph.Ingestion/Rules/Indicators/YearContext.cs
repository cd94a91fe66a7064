using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// What says the year of a figure: the last year its sentence names before it (not a date's, not
/// the start of a span, 自2001年…以来), else the last year of a five-year plan it names (“十二五”期间 →
/// 2015); else the last year (or five-year plan) an earlier sentence of the paragraph named; else the year of the heading or
/// list opening the paragraph falls under (<see cref="Heading"/>, <see cref="HeadingYear"/>); else the end of the plan's
/// period (<see cref="PeriodEnd"/>); else the document's year (what is told without a year is told as
/// of the document); else the last year earlier paragraphs named (<see cref="Carried"/>). After 此后
/// (thereafter) the year named before does not count.
/// </summary>
public sealed partial record YearContext(int? Document, int? PeriodEnd = null, int? Carried = null, int? Heading = null, int? PlanStart = null)
{
    /// <summary>每年: what a plan sets for every year of its period.</summary>
    public const string EachYear = "每年";

    /// <summary>
    /// The year the document speaks as of, after which a figure is a target: its own year, or the year a report's title
    /// is about when that is earlier (定海区2024年…工作总结 of January 2025: its 2025 figures are plans); for a plan, the year
    /// before its first (2026年科技工作要点 of February 2026: its 2026 figures are targets).
    /// </summary>
    public int? Present
    {
        get
        {
            var present = PeriodEnd is { } period && Document is { } document && period < document ? period : Document;
            return PlanStart is { } start && (present is null || start <= present) ? start - 1 : present;
        }
    }

    /// <summary>Whether the document is a plan of one year (2026年科技工作要点): its period starts and ends in the same year.</summary>
    public bool PlansOneYear => PlanStart is { } start && PeriodEnd == start;

    public int? YearOf(string sentenceBefore, string earlierInParagraph)
    {
        // 此后 (thereafter): what follows it is told up to the document's time, not in the year named before it.
        var after = sentenceBefore.LastIndexOf("此后", StringComparison.Ordinal);
        if (after >= 0 && Last(sentenceBefore[after..]) is null)
        {
            return Document ?? Last(sentenceBefore);
        }

        return Named(sentenceBefore) ?? FiveYearPlan(sentenceBefore) ?? Named(earlierInParagraph) ?? FiveYearPlan(earlierInParagraph) ?? Heading ?? WholeYearJustEnded(earlierInParagraph + sentenceBefore) ?? PeriodEnd ?? Document ?? Carried;
    }

    /// <summary>
    /// 全年/年内 (the whole year, within the year) without a year, in a document dated the year after the one earlier
    /// paragraphs last named (a report of January 2026 on 2025): the year just ended, not the document's; not in a plan, whose 全年 is a year it plans.
    /// </summary>
    private int? WholeYearJustEnded(string before) =>
        PlanStart is null && Carried is { } carried && Document is { } document && carried == document - 1 && WholeYearWords.Any(w => before.Contains(w, StringComparison.Ordinal)) ? carried : null;

    /// <summary>全年 and 年内: in the whole year, within the year, said of the year a text speaks of.</summary>
    public const string WholeYear = "全年";

    public const string WithinYear = "年内";

    private static readonly string[] WholeYearWords = [WholeYear, WithinYear];

    /// <summary>The last year <paramref name="text"/> names, or when it names none but speaks of the past year (过去一年, 去年), the year before the document's.</summary>
    public int? Named(string text) =>
        Last(text) ?? (Document is { } document && PastYear.Any(w => text.Contains(w, StringComparison.Ordinal)) ? document - 1 : null);

    private static readonly string[] PastYear = ["过去一年", "去年"];

    /// <summary>The year before the document's when <paramref name="text"/> opens by speaking of the past year (过去一年,…), else null.</summary>
    public int? OpeningPastYear(string text) =>
        Document is { } document && PastYear.Any(w => text.StartsWith(w, StringComparison.Ordinal)) ? document - 1 : null;

    /// <summary>The last year of a five-year plan the text names (十二五 → 2015, 十四五 → 2025).</summary>
    public static int? FiveYearPlan(string text) =>
        FiveYearPlanPattern().Matches(text).LastOrDefault() is { } m ? 2015 + (5 * ("一二三四五六七八九".IndexOf(m.Groups[1].Value[0], StringComparison.Ordinal) + 1 - 2)) : null;

    /// <summary>The last year <paramref name="text"/> names, not counting the years of dates (2023年3月30日).</summary>
    public static int? Last(string text) =>
        YearPattern().Matches(text).LastOrDefault() is { } y ? int.Parse(y.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;

    /// <summary>The first year the paragraphs name, or null.</summary>
    public static int? FirstNamed(IEnumerable<string> paragraphs) => paragraphs.SelectMany(All).Cast<int?>().FirstOrDefault();

    public static IEnumerable<int> All(string text) =>
        YearPattern().Matches(text).Select(y => int.Parse(y.Groups[1].ValueSpan, CultureInfo.InvariantCulture));

    /// <summary>A year, not that of a date (2023年3月30日) nor one a span starts from (自2001年…以来).</summary>
    [GeneratedRegex(@"(?<!自)(20\d{2})年(?!\d{1,2}月)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"十([一二三四五六七八九])五")]
    private static partial Regex FiveYearPlanPattern();
}
