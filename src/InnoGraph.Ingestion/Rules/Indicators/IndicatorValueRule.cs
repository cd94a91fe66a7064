using System.Globalization;
using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>An indicator value read from a sentence: the value's span, the number, its unit, year, status and qualifier.</summary>
public sealed record IndicatorValue(int Start, int End, string Indicator, string Region, int Year, decimal Value, string Unit, string Status, string? Qualifier, string? Scope);

/// <summary>
/// Reads the values that follow a known indicator in its clause: <c>2020年…强度为3.31%</c>,
/// <c>到2027年…比重超过3.65%</c>, <c>预计将达到3.4%</c>, <c>分别为165.4和204.7</c> (one per year named
/// before), and a rank after it (<c>居全省第2位</c>) for the indicator's rank (its name plus 排名).
/// The year is the last one named before the value in the sentence; the status is <c>estimate</c>
/// after 预计, <c>target</c> after 到YYYY年, 力争, 目标 or for a year after the document's, else
/// <c>actual</c>; 超过, 以上, 突破 make the qualifier <c>over</c>, 左右 <c>about</c>, 不低于 and 不少于 <c>at-least</c>,
/// 以内 <c>within</c>, 累计 <c>cumulative</c>, 新增 <c>new</c>. The region is the last region named before
/// the indicator in the sentence, else the document's city. A value whose unit does not fit the
/// indicator (a change in 个百分点 of a share in %) is not the indicator's value and is left out.
/// </summary>
public static partial class IndicatorValueRule
{
    public const string Method = "indicator-value";

    public static IEnumerable<IndicatorValue> Find(string text, IReadOnlyList<Mention> mentions, string? city, YearContext years, IReadOnlyList<string>? cityParts = null)
    {
        var present = years.Present;
        var ordered = mentions.OrderBy(m => m.Start).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var indicator = ordered[k];
            if (indicator.Kind != EntityKind.Indicator)
            {
                continue;
            }

            var sentenceStart = SentenceStart(text, indicator.Start);
            var clauseEnd = ClauseEnd(text, indicator.End);
            var next = ordered.Skip(k + 1).FirstOrDefault(m => m.Kind == EntityKind.Indicator && m.Id != indicator.Id && m.Start >= indicator.End);
            if (next is not null && next.Start < clauseEnd)
            {
                clauseEnd = next.Start;
            }

            var region = ordered.Take(k).LastOrDefault(m => m.Kind == EntityKind.Region && m.Start >= sentenceStart && !IsObject(text, m))?.Id ?? city;
            if (region is null)
            {
                continue;
            }

            var unitOfIndicator = indicator.Properties.TryGetValue("unit", out var u) ? u as string : null;
            var tail = text[indicator.End..clauseEnd];
            if (clauseEnd < text.Length && text[clauseEnd] is ',' or '，' && !tail.Any(char.IsAsciiDigit) && (next is null || next.Start > clauseEnd)
                && ValueGoesOn().Match(text, clauseEnd + 1) is { Success: true } goesOn && goesOn.Index == clauseEnd + 1)
            {
                // X进一步提升,预计将达到3.4%: the value of a clause that names nothing else is X's.
                clauseEnd = Math.Min(ClauseEnd(text, clauseEnd + 1), next?.Start ?? text.Length);
                tail = text[indicator.End..clauseEnd];
            }

            var before = text[sentenceStart..indicator.Start];
            if (Respectively().Match(tail) is { Success: true } many)
            {
                var named = YearContext.All(before).ToList();
                var values = many.Groups["v"].Captures.Select(c => c.Value).ToList();
                if (named.Count == values.Count)
                {
                    for (var i = 0; i < named.Count; i++)
                    {
                        var at = indicator.End + many.Groups["v"].Captures[i].Index;
                        if (Unit(unitOfIndicator, many.Groups["unit"].Value) is { } unitName)
                        {
                            yield return new IndicatorValue(at, at + values[i].Length, indicator.Id, region, named[i], decimal.Parse(values[i], CultureInfo.InvariantCulture), unitName,
                                Status(before, named[i], present), null, null);
                        }
                    }

                    var listEnd = indicator.End + many.Index + many.Length;
                    if (named.Count == 2 && FromToRank().Match(text, listEnd) is { Success: true } moved && moved.Index - listEnd <= 8 && !text[listEnd..moved.Index].Any(char.IsAsciiDigit))
                    {
                        // …分别为A和B, then 第8位 … 第5位: the rank of each year.
                        for (var i = 0; i < 2; i++)
                        {
                            var n = moved.Groups["n"].Captures[i];
                            var rank = new Rank(n.Index, n.Index + n.Length, int.Parse(n.Value, CultureInfo.InvariantCulture), moved.Groups["scope"].Success ? "province" : null, false);
                            yield return RankValue(rank, indicator.Id, region, named[i], Status(before, named[i], present));
                        }
                    }
                }

                continue;
            }

            if (RankOnly(text, indicator.End, clauseEnd) is { } ranked)
            {
                var rankYear = years.YearOf(before, text[..sentenceStart]);
                if (rankYear is not null)
                {
                    var regions = ranked.Within && cityParts is { Count: > 0 } && region == city && EveryPart().IsMatch(before) ? cityParts : [region];
                    foreach (var part in regions)
                    {
                        yield return RankValue(ranked, indicator.Id, part, rankYear.Value, Status(before, rankYear.Value, present));
                    }
                }

                continue;
            }

            if (NewIndicatorRule.SpanAt(text, indicator.End) is { } span && span.Index < clauseEnd)
            {
                // X从A提高到B: A is the earlier year's value, not the sentence's.
                foreach (var ended in NewIndicatorRule.SpanValues(text, span, years))
                {
                    if (Unit(unitOfIndicator, span.Groups["ub"].Value) is { } spanUnit)
                    {
                        yield return ended with { Indicator = indicator.Id, Region = region, Unit = spanUnit };
                    }
                }

                continue;
            }

            if (ValuePattern().Match(tail) is not { Success: true } value)
            {
                continue;
            }

            var context = before + tail[..value.Groups["num"].Index];
            var year = years.YearOf(context, text[..sentenceStart]);
            var unit = Unit(unitOfIndicator, value.Groups["unit"].Value);
            if (year is null || unit is null)
            {
                continue;
            }

            var number = decimal.Parse(value.Groups["num"].Value, CultureInfo.InvariantCulture);
            var start = indicator.End + value.Groups["num"].Index;
            yield return new IndicatorValue(start, start + value.Groups["num"].Length, indicator.Id, region, year.Value, number, unit,
                Status(context, year.Value, present), Qualifier(value.Groups["pre"].Value + value.Groups["post"].Value + context), null);

            var valueEnd = indicator.End + value.Index + value.Length;
            foreach (var derived in After(text, valueEnd, next?.Start ?? text.Length, indicator.Id, region, year.Value, Status(context, year.Value, present)))
            {
                yield return derived;
            }

            if (Completed(text, valueEnd, value.Groups["unit"].Value, next?.Start ?? text.Length) is { } done && context.Contains(Aim, StringComparison.Ordinal))
            {
                // X目标A,完成B: A is the year's target, B what was reached.
                yield return new IndicatorValue(done.Groups["num"].Index, done.Groups["num"].Index + done.Groups["num"].Length, indicator.Id, region, year.Value,
                    decimal.Parse(done.Groups["num"].Value, CultureInfo.InvariantCulture), unit, "actual", null, null);
            }

            if (StockAfter(text, valueEnd, value.Groups["unit"].Value, next?.Start ?? text.Length) is { } stock)
            {
                var stockContext = text[sentenceStart..stock.Groups["num"].Index];
                if (years.YearOf(stockContext, text[..sentenceStart]) is { } stockYear)
                {
                    yield return new IndicatorValue(stock.Groups["num"].Index, stock.Groups["num"].Index + stock.Groups["num"].Length, indicator.Id, region, stockYear,
                        decimal.Parse(stock.Groups["num"].Value, CultureInfo.InvariantCulture), unit, Status(stockContext, stockYear, present), Qualifier(stock.Groups["pre"].Value + stock.Groups["post"].Value), null);
                }
            }
        }
    }

    /// <summary>The separator of a derived indicator's name: <c>ind.x#排名</c> is the rank of <c>ind.x</c>, <c>ind.x#同比提高</c> its change.</summary>
    public const char Derived = '#';

    /// <summary>
    /// The rank and the change stated in the clauses after a value, up to the next figure of another
    /// kind or the end of the sentence: <c>为3.31%,高于…0.43个百分点,居全省第2位</c>, <c>为166.1,居全省第3位,比上年提升…</c>.
    /// </summary>
    internal static IEnumerable<IndicatorValue> After(string text, int valueEnd, int limit, string indicator, string region, int year, string status)
    {
        var end = Math.Min(limit, SentenceEnd(text, valueEnd));
        var at = valueEnd;
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        while (at < end)
        {
            var clauseStart = at < text.Length && text[at] is ',' or '，' ? at + 1 : at;
            var clauseEnd = Math.Min(end, ClauseEnd(text, clauseStart));
            if (ChangePhrase.At(text, clauseStart) is { } change && change.End <= clauseEnd)
            {
                yield return new IndicatorValue(change.NumberStart, change.NumberEnd, indicator + Derived + change.Suffix, region, year, change.Value, change.Unit, status, change.Scope, change.Scope);
            }
            else if (clauseStart < end && text[clauseStart] == '均')
            {
                // 均居全省前三位 ranks every figure before it, not the last one.
                yield break;
            }
            else if (RankPhrase.Find(text, clauseStart, clauseStart + 2) is { } rank && rank.End <= clauseEnd && scopes.Add(rank.Scope ?? ""))
            {
                yield return RankValue(rank, indicator, region, year, status);
            }
            else if (text.AsSpan(clauseStart, clauseEnd - clauseStart).IndexOfAnyInRange('0', '9') >= 0 && !Difference().IsMatch(text[clauseStart..clauseEnd]))
            {
                yield break;
            }

            at = clauseEnd;
            if (at == clauseStart)
            {
                break;
            }
        }
    }

    private const string Aim = "目标";

    /// <summary>,完成B or ,实际完成B right after a target's value, in the same unit: what was reached of it.</summary>
    private static Match? Completed(string text, int valueEnd, string writtenUnit, int limit) =>
        valueEnd < limit && text[valueEnd] is ',' or '，' && CompletedPattern().Match(text, valueEnd + 1) is { Success: true } done && done.Index == valueEnd + 1
            && done.Index + done.Length <= limit && done.Groups["unit"].Value == writtenUnit ? done : null;

    [GeneratedRegex(@"(?:实际)?完成(?:值)?(?:为)?(?<num>\d+(?:\.\d+)?)(?<unit>%|亿元|万元|万人|家|个|项|件|人|名|所|座)?(?![\d的])")]
    private static partial Regex CompletedPattern();

    /// <summary>
    /// The clause right after a value that states a figure of the same unit with a quantity of no noun of its own before its verb
    /// (<c>新增X 85家,总数达到412家</c>): the same indicator's figure, the stock the increase led to; null when the next clause is none such.
    /// </summary>
    private static Match? StockAfter(string text, int valueEnd, string writtenUnit, int limit)
    {
        if (valueEnd >= limit || text[valueEnd] is not (',' or '，') || writtenUnit.Length == 0 || StockPattern().Match(text, valueEnd + 1) is not { Success: true } stock
            || stock.Index != valueEnd + 1 || stock.Index + stock.Length > limit || stock.Groups["unit"].Value != writtenUnit)
        {
            return null;
        }

        var words = stock.Groups["words"].Value;
        return words.Length == 0 || NewIndicatorRule.IsBareQuantity(words) ? stock : null;
    }

    [GeneratedRegex(@"(?<words>[\u4e00-\u9fff]{0,3}?)(?<pre>累计达到|达到|累计|达)(?<num>\d+(?:\.\d+)?)(?<unit>%|亿元|万元|万人|家|个|项|件|人|名|所|座)(?<post>以上|左右|以内)?(?![\d的])")]
    private static partial Regex StockPattern();

    /// <summary>A rank stated right after an indicator, without a value: <c>X位列全省第4位</c>, <c>X在全省各县中均列前25位</c>.</summary>
    private static Rank? RankOnly(string text, int from, int clauseEnd)
    {
        if (AmongPhrase().Match(text, from) is { Success: true } among && among.Index == from)
        {
            from += among.Length;
        }

        if (from < text.Length && text[from] == '均')
        {
            from++;
        }

        return RankPhrase.Find(text, from, from + 1) is { } rank && rank.End <= clauseEnd ? rank : null;
    }

    internal static IndicatorValue RankValue(Rank rank, string indicator, string region, int year, string status) =>
        new(rank.Start, rank.End, indicator + Derived + Rank.Suffix, region, year, rank.Value, "rank", status, rank.Within ? "within" : rank.Scope, rank.Scope);

    internal static int SentenceEnd(string text, int from)
    {
        var i = text.IndexOfAny(['。', ';', '；', '!', '?'], from);
        return i < 0 ? text.Length : i;
    }

    internal static string Status(string context, int year, int? present) =>
        context.Contains("预计", StringComparison.Ordinal) ? "estimate"
        : TargetPattern().IsMatch(context) || (present is { } p && year > p) ? "target"
        : "actual";

    internal static string? Qualifier(string context) =>
        context.Contains("以上", StringComparison.Ordinal) || context.Contains("超过", StringComparison.Ordinal) || context.Contains("突破", StringComparison.Ordinal) ? "over"
        : context.Contains("左右", StringComparison.Ordinal) ? "about"
        : context.Contains("不低于", StringComparison.Ordinal) || context.Contains("不少于", StringComparison.Ordinal) ? "at-least"
        : context.Contains("以内", StringComparison.Ordinal) ? "within"
        : context.Contains("累计", StringComparison.Ordinal) ? "cumulative"
        : context.Contains("新增", StringComparison.Ordinal) ? "new"
        : null;

    /// <summary>The project's unit for a value written with <paramref name="written"/>, when it fits the indicator's unit; null when it does not.</summary>
    internal static string? Unit(string? indicatorUnit, string written)
    {
        var unit = written switch
        {
            "%" => "%",
            "个百分点" => "percentage points",
            "亿元" => "100m CNY",
            "万元" => "10k CNY",
            "万人" => "10k persons",
            "人" or "名" => "persons",
            "人年" => "person-years",
            "家" or "个" or "项" or "件" or "所" or "座" or "场" or "份" => "count",
            _ => null,
        };
        return (unit, indicatorUnit) switch
        {
            (null, "index points" or "rank") => indicatorUnit,
            (null, _) => null,
            (_, null) => unit,
            _ when unit == indicatorUnit => unit,
            _ => null,
        };
    }

    /// <summary>A region a policy verb takes as its object (打造某市西部科创高地): what is built, not whose figure follows.</summary>
    private static bool IsObject(string text, Mention region) =>
        region.Start >= 2 && Segmentation.Token.IsPolicyVerb(text[(region.Start - 2)..region.Start]);

    internal static int SentenceStart(string text, int at)
    {
        var i = text.LastIndexOfAny(['。', ';', '；', '!', '?'], Math.Max(0, at - 1));
        return i < 0 ? 0 : i + 1;
    }

    /// <summary>Where the clause that goes on at <paramref name="from"/> ends: at the next comma, semicolon or full stop.</summary>
    internal static int ClauseEnd(string text, int from)
    {
        var i = text.IndexOfAny(['。', ';', '；', ',', '，'], from);
        return i < 0 ? text.Length : i;
    }

    [GeneratedRegex(@"^[^\d。]{0,12}?(?<pre>超过|突破|达到|达|为|提高到|提升至|提升到|增长到|增至|保持在|不低于|不少于|累计)?\s*(?<num>\d+(?:\.\d+)?)\s*(?<unit>%|个百分点|亿元|万元|万人|家|个|项|件|人|名|所|座)?(?<post>以上|左右|以内)?(?!\d|年|月|日|位|的)")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"^[^\d。]{0,6}分别(?:为|是|达到|达)?(?<v>\d+(?:\.\d+)?)(?:%|个百分点|亿元|万元|家|个|项|人)?(?:(?:和|、)(?<v>\d+(?:\.\d+)?)(?<unit>%|个百分点|亿元|万元|家|个|项|人)?)+")]
    private static partial Regex Respectively();

    /// <summary>A clause whose only figure is a difference in points (高于全省0.4个百分点): it says how the value compares, not another value.</summary>
    [GeneratedRegex(@"^[^\d]*\d+(?:\.\d+)?个百分点[^\d]*$")]
    private static partial Regex Difference();

    /// <summary>Two ranks in one clause after the two years' values: from the first year's to the second's (全省位次从第8位提升到第5位).</summary>
    [GeneratedRegex(@"(?<scope>全省|全国)?[^,，。;；\d第]{0,6}第(?<n>\d{1,3})[位名][^,，。;；\d第]{1,6}第(?<n>\d{1,3})[位名]")]
    private static partial Regex FromToRank();

    /// <summary>A clause that goes on with a value and names nothing: 预计将达到3.4%.</summary>
    [GeneratedRegex(@"(?:预计|并)?将?(?:达到|达|为|超过|突破)\d")]
    private static partial Regex ValueGoesOn();

    /// <summary>The ranked field: 在全省各县(市、区)中.</summary>
    [GeneratedRegex(@"在[^,，。;；]{1,16}?中")]
    private static partial Regex AmongPhrase();

    /// <summary>Every county and district of the city: 全市五县(市)两区, 全市各县(市、区).</summary>
    [GeneratedRegex(@"全市(?:各|[一二三四五六七八九十\d]+)县\(市(?:、区)?\)(?:[一二三四五六七八九十\d]+区)?")]
    private static partial Regex EveryPart();

    [GeneratedRegex(@"到20\d{2}年|力争|(?<!”)目标|争取")]
    private static partial Regex TargetPattern();
}
