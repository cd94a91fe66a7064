using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A title a level confers, named as what a body strives for, is recognised or rated as, or is listed under:
/// 争创/创建/被认定为/评为 + 国家, 省 or 全国 + its name
/// (争创国家“某某”学校, 创建国家某某中心), up to the punctuation or 建设, a range's lowest level naming it (省级以上某某园区 → 省级某某园区); 列入 + the list's name + 名单 (列入第一批国家某某城市建设名单 →
/// 国家某某城市), without the batch (第N批) or the 建设 before 名单. Both are designations.
/// </summary>
public static partial class ConferredTitleRule
{
    public const string Method = "conferred-title";

    public static IEnumerable<(int Start, int End, string Name, EntityKind Kind)> Find(string text)
    {
        foreach (Match m in StrivenPattern().Matches(text))
        {
            var name = m.Groups["name"];
            yield return (name.Index, name.Index + name.Length, name.Value.Replace("级以上", "级"), EntityKind.Designation);
        }

        foreach (Match m in ListedPattern().Matches(text))
        {
            var name = m.Groups["name"];
            var bare = Batch().Replace(name.Value, "");
            if (bare.Length >= 4)
            {
                yield return (name.Index, name.Index + name.Length, bare, EntityKind.Designation);
            }
        }
    }

    [GeneratedRegex(@"(?:争创|创建|被认定为|评为)(?<name>(?:国家|全国|省)[^,。;、:()建]{2,12}?)(?=建设|[,。;、:]|$)")]
    private static partial Regex StrivenPattern();

    [GeneratedRegex(@"列入(?:第[一二三四五六七八九十\d]+批)?(?<name>[^,。;、:“”]{3,20}?)(?:建设)?名单")]
    private static partial Regex ListedPattern();

    [GeneratedRegex(@"第[一二三四五六七八九十\d]+批")]
    private static partial Regex Batch();
}
