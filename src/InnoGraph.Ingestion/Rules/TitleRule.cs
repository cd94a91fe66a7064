using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A title in 《》 names a plan or a policy: 实施方案, 办法, 意见, 细则, 条例, 规定, 措施 and 政策 a
/// policy; 规划, 纲要, 计划 and other 方案 a plan. Short generic titles (《规划纲要》) and file names
/// (a title with a dot, …docx) are not names. A name in quotation marks with 行动, 计划 or 工程 is a
/// programme, quotation marks and all, as the programme calls itself.
/// </summary>
public static partial class TitleRule
{
    public const string Method = "title";

    private static readonly (string Suffix, EntityKind Kind)[] Kinds =
    [
        ("实施方案", EntityKind.Policy), ("办法", EntityKind.Policy), ("意见", EntityKind.Policy), ("细则", EntityKind.Policy), ("条例", EntityKind.Policy),
        ("规定", EntityKind.Policy), ("措施", EntityKind.Policy), ("政策", EntityKind.Policy),
        ("规划", EntityKind.Plan), ("纲要", EntityKind.Plan), ("计划", EntityKind.Plan), ("方案", EntityKind.Plan),
    ];

    public static IEnumerable<(int Start, int End, EntityKind Kind)> Find(string text)
    {
        foreach (Match m in TitlePattern().Matches(text))
        {
            var name = m.Groups["name"];
            var bare = PeriodTail().Replace(name.Value, "");
            if (Kinds.FirstOrDefault(k => bare.EndsWith(k.Suffix, StringComparison.Ordinal)) is { Suffix: not null } kind && bare.Length - kind.Suffix.Length >= 4)
            {
                yield return (name.Index, name.Index + name.Length, kind.Kind);
            }
        }

        foreach (Match m in QuotedPattern().Matches(text))
        {
            yield return (m.Index, m.Index + m.Length, m.Value.TrimEnd('”').EndsWith("行动计划", StringComparison.Ordinal) ? EntityKind.Plan : EntityKind.Programme);
        }
    }

    /// <summary>
    /// The name a document's title line gives a plan or a policy without 《》 (某市某某行动方案(2024—2026年) on the first line):
    /// the whole line, when it is one name (no punctuation of a sentence) ending with a kind word; null otherwise.
    /// </summary>
    public static (int Start, int End, EntityKind Kind)? TitleLine(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length is < 8 or > 60 || trimmed[0] < '\u4e00' || trimmed[0] > '\u9fff' || trimmed.IndexOfAny(SentencePunctuation) >= 0)
        {
            return null;
        }

        var bare = PeriodTail().Replace(trimmed, "");
        return Kinds.FirstOrDefault(k => bare.EndsWith(k.Suffix, StringComparison.Ordinal)) is { Suffix: not null } kind && bare.Length - kind.Suffix.Length >= 4
            ? (0, trimmed.Length, kind.Kind)
            : null;
    }

    private static readonly char[] SentencePunctuation = [',', '，', '。', ';', '；', ':', '：', '、', '!', '！', '?', '？', '《', '》', '.'];

    /// <summary>
    /// A programme named wholly in quotation marks as a 计划 (“某某人才计划”) is named without them; null for any other name
    /// (“某某行动” keeps its marks, as does a name quoted in part).
    /// </summary>
    public static string? QuotedProgramme(string name) =>
        name.Length > 4 && name[0] == '“' && name[^1] == '”' && name.IndexOf('“', 1) < 0 && name.EndsWith("计划”", StringComparison.Ordinal) ? name[1..^1] : null;

    /// <summary>
    /// The start of the owner that runs a programme named right before its quotation mark at <paramref name="quote"/>: a known
    /// region (某市“…计划”) or a level (国家级, 省级); <paramref name="quote"/> when none is.
    /// </summary>
    public static int OwnerStart(string text, int quote, IEnumerable<(int Start, int End)> regions)
    {
        foreach (var level in (string[])["国家级", "省级", "市级"])
        {
            if (text.AsSpan(0, quote).EndsWith(level, StringComparison.Ordinal))
            {
                return quote - level.Length;
            }
        }

        return regions.Where(r => r.End == quote).Select(r => r.Start).DefaultIfEmpty(quote).Min();
    }

    /// <summary>A programme named in quotation marks: “星火”人才计划, “青苗”行动, “雄鹰行动”, “双倍增”行动计划 (a plan).</summary>
    [GeneratedRegex(@"“[^“”，。]{2,14}”[\u4e00-\u9fff]{0,8}?(?:行动计划|行动|计划|工程)|“[^“”，。]{2,12}(?:行动|计划|工程)”")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"《(?<name>[^《》.]{6,60})》")]
    private static partial Regex TitlePattern();

    /// <summary>The period after a title's kind word: …方案(2016—2020).</summary>
    [GeneratedRegex(@"\([\d—\-–年~至]+\)$")]
    private static partial Regex PeriodTail();
}
