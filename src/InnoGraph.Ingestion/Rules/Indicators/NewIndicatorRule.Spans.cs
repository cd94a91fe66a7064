using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

public static partial class NewIndicatorRule
{
    /// <summary>
    /// A figure over a span, <c>X从A提高到B</c> or <c>X由2020年的A增长到2025年的B</c>: A for the span's first year, B for its
    /// last, each when the sentence states it (the years at A and B, or two years named before); status by each year.
    /// </summary>
    private static IEnumerable<ProposedIndicator> Spans(string text, YearContext years)
    {
        foreach (Match span in SpanPattern().Matches(text))
        {
            var (start, end) = Phrase(text, span.Index);
            var (from, words) = Strip(text, start, end);
            if (Name(words, span.Groups["ub"].Value, null) is { } name && SpanValues(text, span, years).ToList() is { Count: > 0 } values)
            {
                yield return new ProposedIndicator(from, end, name, values[0].Unit, [.. values.Select(v => v with { Indicator = name })]);
            }
        }
    }

    /// <summary>The span that begins within a few characters of <paramref name="from"/>, before any figure: its match, or null.</summary>
    internal static Match? SpanAt(string text, int from)
    {
        var span = SpanPattern().Match(text, from);
        return span.Success && span.Index - from <= 12 && !text.AsSpan(from, span.Index - from).ContainsAny("0123456789。,，;；") ? span : null;
    }

    /// <summary>The values of a span: A for its first year, B for its last, each when the sentence states that year; none when the units differ.</summary>
    internal static IEnumerable<IndicatorValue> SpanValues(string text, Match span, YearContext years)
    {
        var written = span.Groups["ub"].Value;
        if (IndicatorValueRule.Unit(null, written) is not { } unit || (span.Groups["ua"].Success && span.Groups["ua"].Value != written))
        {
            yield break;
        }

        var sentenceStart = IndicatorValueRule.SentenceStart(text, span.Index);
        var context = text[sentenceStart..span.Index];
        var named = YearContext.All(context).ToList();
        int? first = span.Groups["y1"].Success ? int.Parse(span.Groups["y1"].Value, CultureInfo.InvariantCulture) : named.Count >= 2 ? named[^2] : null;
        int? last = span.Groups["y2"].Success ? int.Parse(span.Groups["y2"].Value, CultureInfo.InvariantCulture) : named.Count >= 1 ? named[^1] : null;
        foreach (var (group, year) in new[] { ("a", first), ("b", last) })
        {
            if (year is { } y && (group == "a" || first is null || y > first))
            {
                var number = span.Groups[group];
                yield return new IndicatorValue(number.Index, number.Index + number.Length, "", "", y, decimal.Parse(number.Value, CultureInfo.InvariantCulture), unit,
                    group == "a" ? "actual" : IndicatorValueRule.Status(context, y, years.Present), null, null);
            }
        }
    }

    [GeneratedRegex(@"(?:从|由)(?:(?<y1>20\d{2})年的?)?(?<a>\d+(?:\.\d+)?)(?<ua>%|亿元|万元|万人|家|个|项|件|名|人)?[^\d,，。;；第]{0,4}?到(?:(?<y2>20\d{2})年的?)?(?<b>\d+(?:\.\d+)?)(?<ub>%|亿元|万元|万人|家|个|项|件|名|人)")]
    private static partial Regex SpanPattern();
}
