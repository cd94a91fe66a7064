using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>An indicator the gazetteer does not know, read from the words before a figure, with the figure's values (their <see cref="IndicatorValue.Indicator"/> is the proposed name).</summary>
public sealed record ProposedIndicator(int Start, int End, string Name, string Unit, IReadOnlyList<IndicatorValue> Values);

/// <summary>
/// Proposes indicators from figures: <c>建成X3个</c>, <c>累计认定X2207家</c>, <c>X达到20件以上</c>,
/// <c>X超过3.5%</c>. The name is the words before the figure (back to punctuation or 的, without a
/// leading 全市, 累计, 新增, 建成 ... ), with 数 added for a count of things or people unless the words
/// already name a quantity (拥有量, 比重, 规模 ...); a share in % needs words that name a share.
/// <c>A、B各200名</c> gives the figure to each; in <c>A总量达到140万人、B 52万人</c> B is a 总量 too; <c>每年新增A 15家、B 2家</c> reads 每年新增 for B too and
/// gives a value for each year of the plan's period. Year, status and qualifier as for known indicators.
/// </summary>
public static partial class NewIndicatorRule
{
    public const string Method = "indicator-figure";
    private const int MaxLength = 24;

    private static readonly string[] Leading =
    [
        "全市", "全省", "全县", "全区", "我市", "年", "已", "累计", "共有", "新增", "新建", "新引进", "引进", "新认定", "认定", "建成", "培育", "集聚", "取得",
        "组建", "争取", "创建", "打造", "建设", "建立", "拥有", "实现", "完成", "成功", "力争", "达到", "获批", "获得", "实施", "达成", "并", "就", "将", "其中",
        "新", "有",
    ];

    /// <summary>Verbs inside the words before a figure: what is counted follows the last of them (…等领域取得硬核成果 → 硬核成果).</summary>
    private static readonly string[] Inner = ["取得", "建成", "新增", "认定", "培育", "集聚", "组建", "创建", "建设", "打造", "引进"];

    /// <summary>Words that begin with these are the tail of another figure (个工作日, 亿元) or of a date (日印发), not a name.</summary>
    private const string NotFirst = "个亿万元家项月日名人号期次倍位";

    /// <summary>Words that end with these lead to the figure (由10个, 约5家, A等6家), they do not name what it counts.</summary>
    private const string NotLast = "由从至到在为较和与及或约近共超达等";

    private static readonly string[] Quantities =
    [
        "拥有量", "数量", "总量", "规模", "总额", "金额", "资金", "比重", "占比", "比例", "强度", "覆盖面", "覆盖率", "率", "人员", "指数", "投资", "收入", "产值",
        "增加值", "数", "额", "量",
    ];

    private static readonly string[] Places = ["全市", "全省", "全县", "全区", "我市"];

    private static readonly string[] Shares = ["比重", "占比", "比例", "强度", "覆盖面", "覆盖率", "率", "份额"];

    private static readonly string[] Changes = ["增长", "提高", "提升", "下降", "增加", "减少", "同比", "比上年", "较上年", "高于", "低于", "排名", "第"];

    private static readonly string[] Repeating = ["新认定", "新增", "认定", "培育", "引进", "建成"];

    public static IEnumerable<ProposedIndicator> Find(string text, YearContext years)
    {
        var previous = (End: -1, Prefix: "", Quantity: (string?)null);
        foreach (Match figure in FigurePattern().Matches(text))
        {
            var pre = figure.Groups["pre"].Value;
            var unit = IndicatorValueRule.Unit(null, figure.Groups["unit"].Value);
            if (unit is null)
            {
                continue;
            }

            var items = new List<(int Start, int End)> { Phrase(text, figure.Index) };
            while (pre == "各" && items[0].Start > 0 && text[items[0].Start - 1] == '、')
            {
                items.Insert(0, Phrase(text, items[0].Start - 1));
            }

            var sentenceStart = IndicatorValueRule.SentenceStart(text, figure.Index);
            var context = text[sentenceStart..figure.Index];
            var clause = text[Math.Max(sentenceStart, text.LastIndexOfAny([',', '，', '、'], Math.Max(0, figure.Index - 1)) + 1)..figure.Index];
            var stated = years.YearOf(context, text[..sentenceStart]);
            foreach (var (start, end) in items)
            {
                var (from, words) = Strip(text, start, end);
                var listed = start > 0 && previous.End == start - 1 && text[start - 1] == '、';
                var prefix = listed ? previous.Prefix : "";
                var name = Name(prefix + words, figure.Groups["unit"].Value, listed ? previous.Quantity : null);
                if (name is null || stated is null)
                {
                    continue;
                }

                var each = (prefix + words).StartsWith("每年", StringComparison.Ordinal) && years.Document is { } first && years.PeriodEnd is { } last && last >= first
                    ? Enumerable.Range(first, last - first + 1)
                    : [stated.Value];
                var number = decimal.Parse(figure.Groups["num"].Value, CultureInfo.InvariantCulture);
                var numStart = figure.Groups["num"].Index;
                var numEnd = numStart + figure.Groups["num"].Length;
                var eachYear = each.Count() > 1;
                var values = each.Select(y => new IndicatorValue(numStart, numEnd, name, "", y, number, unit,
                    eachYear ? "target" : IndicatorValueRule.Status(context, y, years.Document), IndicatorValueRule.Qualifier(pre + figure.Groups["post"].Value + clause), null)).ToList();
                yield return new ProposedIndicator(from, end, name, unit, values);
                previous = (figure.Index + figure.Length, RepeatedPrefix(prefix + words), Quantities.FirstOrDefault(q => q.Length > 1 && name.EndsWith(q, StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>The name an indicator takes from its words and the figure's unit, or null when the words do not name one.</summary>
    private static string? Name(string words, string written, string? listQuantity)
    {
        if (words.Length < 3 || NotFirst.Contains(words[0], StringComparison.Ordinal) || NotLast.Contains(words[^1], StringComparison.Ordinal)
            || Changes.Any(c => words.Replace("增加值", "", StringComparison.Ordinal).Contains(c, StringComparison.Ordinal))
            || Places.Any(p => words.EndsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }

        var quantity = Quantities.Any(q => words.EndsWith(q, StringComparison.Ordinal));
        if (written == "%")
        {
            return Shares.Any(s => words.EndsWith(s, StringComparison.Ordinal)) ? words : null;
        }

        return quantity || written is "亿元" or "万元" or "人年" ? words : words + (listQuantity ?? "数");
    }

    /// <summary>每年新增 of 每年新增A: what the next item of a list joined by 、 shares.</summary>
    private static string RepeatedPrefix(string words)
    {
        if (!words.StartsWith("每年", StringComparison.Ordinal))
        {
            return "";
        }

        var verb = Repeating.FirstOrDefault(v => string.CompareOrdinal(words, 2, v, 0, v.Length) == 0);
        return verb is null ? "" : "每年" + verb;
    }

    /// <summary>The words before a figure: back to punctuation, a digit or 的.</summary>
    private static (int Start, int End) Phrase(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxLength && IsNameChar(text[start - 1]) && text[start - 1] != '的')
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>Leading words that say what was done, not what is counted (全市, 累计, 新增, 建成 …); 每年 and what follows it stay.</summary>
    private static (int Start, string Words) Strip(string text, int start, int end)
    {
        var changed = true;
        while (changed && start < end && string.CompareOrdinal(text, start, "每年", 0, 2) != 0)
        {
            changed = false;
            foreach (var word in Leading)
            {
                if (end - start > word.Length && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
                {
                    start += word.Length;
                    changed = true;
                    break;
                }
            }
        }

        if (string.CompareOrdinal(text, start, "每年", 0, 2) != 0)
        {
            foreach (var verb in Inner)
            {
                var at = text.LastIndexOf(verb, end - 1, end - start, StringComparison.Ordinal);
                if (at > start && end - (at + verb.Length) >= 3)
                {
                    start = at + verb.Length;
                }
            }
        }

        return (start, text[start..end]);
    }

    private static bool IsNameChar(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || c is '“' or '”' or '(' or ')' or '《' or '》' or '&' || char.IsAsciiLetter(c);

    [GeneratedRegex(@"(?<![\d.])(?<pre>各|达到|达|为|超过|突破|超|提高到|提升至|提升到|增至|增长到|增加到|保持在|不低于)?(?<num>\d+(?:\.\d+)?)\s*(?<unit>%|亿元|万元|万人|人年|家|个|项|件|名|人|所|座|场|份)(?<post>以上|左右|以内)?(?!的)")]
    private static partial Regex FigurePattern();
}
