using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// An event held or attended (举办某某交易会, 参加某某活动周活动, 举办某某创新交流会等活动, 合作举办的某某大赛) is a programme: the words after
/// 举办 or 参加 (and a 的 after it) up to the punctuation, 等 or the closing 活动/系列活动, when they end as an event does (会, 节, 周, 展, 大赛,
/// 论坛, a name in quotation marks, or 行 after a place: 博士某地行).
/// </summary>
public static partial class ActivityRule
{
    public const string Method = "activity";

    private static readonly string[] EventEnds = ["会", "节", "周", "展", "大赛", "论坛", "”"];

    public static IEnumerable<(int Start, int End, string Name, EntityKind Kind)> Find(string text, Func<string, bool> isPlace)
    {
        foreach (Match m in HeldPattern().Matches(text))
        {
            var group = m.Groups["name"];
            var name = group.Value;
            var cut = name.IndexOf('等', StringComparison.Ordinal);
            if (cut >= 0)
            {
                name = name[..cut];
            }

            foreach (var tail in (string[])["系列活动", "活动"])
            {
                if (name.EndsWith(tail, StringComparison.Ordinal) && name.Length > tail.Length)
                {
                    name = name[..^tail.Length];
                    break;
                }
            }

            var start = group.Index;
            if (Ordinal().Match(name) is { Success: true } ordinal)
            {
                name = name[ordinal.Length..];
                start += ordinal.Length;
            }

            if (name.Length >= 4 && (EventEnds.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || IsTourOfPlace(name, isPlace)))
            {
                yield return (start, start + name.Length, name, EntityKind.Programme);
            }
        }
    }

    /// <summary>A tour named by the place it visits (海外博士某地行): 行 after a place, not the 行 of 银行 or 进行.</summary>
    private static bool IsTourOfPlace(string name, Func<string, bool> isPlace) =>
        name.EndsWith('行') && name.Length >= 5 && (isPlace(name[^3..^1]) || isPlace(name[^3..^1] + "市") || isPlace(name[^4..^1]));

    [GeneratedRegex(@"(?:举办|参加)的?(?<name>[^,。;、:!?]{3,40})")]
    private static partial Regex HeldPattern();

    /// <summary>The edition or year before an event's name (第三届, 2024年).</summary>
    [GeneratedRegex(@"^(?:\d{4}年)?(?:第[一二三四五六七八九十百\d]+届)?")]
    private static partial Regex Ordinal();
}
