using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// Names in quotation marks that a following word says are activities or applications: “甲”“乙”两大系列活动,
/// “甲”“乙”等活动载体 (programmes), “甲”“乙”“丙”等三大试点应用, “甲”应用场景 (platforms). Each is named without
/// its quotation marks, single quotation marks inside it becoming double (甲‘乙’ → 甲“乙”). A run of names that
/// continues a name before it (某某合作“云对接”系列活动) is that name's part, not a series of its own. One name with words
/// between it and 活动 that are no count of series (组织“甲”三进系列活动) is a series named whole, without the marks.
/// </summary>
public static partial class QuotedSeriesRule
{
    public const string Method = "quoted-series";

    public static IEnumerable<(int Start, int End, string Name, EntityKind Kind)> Find(string text)
    {
        foreach (Match m in SeriesPattern().Matches(text))
        {
            if (m.Index > 0 && ChineseScript.IsHan(text[m.Index - 1]) && !FollowsVerb(text, m.Index))
            {
                continue;
            }

            var kind = m.Groups["tail"].Value == "活动" ? EntityKind.Programme : EntityKind.Platform;
            var tail = m.Groups["tail"];
            var words = text[(m.Index + m.Length)..tail.Index];
            if (kind == EntityKind.Programme && m.Groups["item"].Captures.Count == 1 && words.Length >= 2 && !words.StartsWith('等') && !CountOfSeries().IsMatch(words))
            {
                // “甲”某某系列活动: one name and the words that call its activities are one series, named whole.
                var only = m.Groups["item"].Captures[0];
                yield return (only.Index - 1, tail.Index + tail.Length, only.Value.Replace('‘', '“').Replace('’', '”') + words + tail.Value, kind);
                continue;
            }

            foreach (Capture item in m.Groups["item"].Captures)
            {
                yield return (item.Index - 1, item.Index + item.Length + 1, item.Value.Replace('‘', '“').Replace('’', '”'), kind);
            }
        }
    }

    /// <summary>Whether the words before the run end with a verb or conjunction (深化, 通过, 推进, 打造, 和): the names stand alone.</summary>
    private static bool FollowsVerb(string text, int at) =>
        Before.Any(v => text.AsSpan(0, at).EndsWith(v, StringComparison.Ordinal));

    private static readonly string[] Before = ["通过", "深化", "推进", "打造", "加强", "和", "与", "及", "依托", "举办", "开展", "组织"];


    /// <summary>两大, 三大: how many series the names before are.</summary>
    [GeneratedRegex(@"^[两二三四五六七八九十]大")]
    private static partial Regex CountOfSeries();

    [GeneratedRegex(@"(?:“(?<item>[^“”,。]{2,24})”)+(?=等?[\u4e00-\u9fff]{0,6}?(?<tail>活动|应用))")]
    private static partial Regex SeriesPattern();
}
