using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// What says the year of a figure whose sentence names none: the last year an earlier sentence of
/// the paragraph named; else the end of the plan's period (<see cref="PeriodEnd"/>); else the last
/// year earlier paragraphs named (<see cref="Carried"/>); else the document's year.
/// </summary>
public sealed partial record YearContext(int? Document, int? PeriodEnd = null, int? Carried = null)
{
    public int? YearOf(string sentenceBefore, string earlierInParagraph)
    {
        // 此后 (thereafter): what follows it is told up to the document's time, not in the year named before it.
        var after = sentenceBefore.LastIndexOf("此后", StringComparison.Ordinal);
        if (after >= 0 && Last(sentenceBefore[after..]) is null)
        {
            return Document ?? Last(sentenceBefore);
        }

        return Last(sentenceBefore) ?? Last(earlierInParagraph) ?? PeriodEnd ?? Carried ?? Document;
    }

    /// <summary>The last year <paramref name="text"/> names, not counting the years of dates (2023年3月30日).</summary>
    public static int? Last(string text) =>
        YearPattern().Matches(text).LastOrDefault() is { } y ? int.Parse(y.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;

    public static IEnumerable<int> All(string text) =>
        YearPattern().Matches(text).Select(y => int.Parse(y.Groups[1].ValueSpan, CultureInfo.InvariantCulture));

    /// <summary>A year, not that of a date (2023年3月30日) nor one a span starts from (自2001年…以来).</summary>
    [GeneratedRegex(@"(?<!自)(20\d{2})年(?!\d{1,2}月)")]
    private static partial Regex YearPattern();
}
