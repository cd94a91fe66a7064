using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// The addressees at a document's end (主送:…, 抄送:…) are units named by their short forms, split as
/// a list of responsible units is; a group (市委各部门, 各县(市、区)政府) is not one unit and is left out.
/// They are mentioned, not made responsible for anything.
/// </summary>
public static partial class CopyListRule
{
    public const string Method = "copy-list";

    public static IEnumerable<(int Start, int End, string Name)> Find(string text, Func<int, bool>? insideKnownName = null)
    {
        foreach (Match m in CopyPattern().Matches(text))
        {
            var body = m.Groups["body"];
            foreach (var unit in UnitListRule.Split(text, body.Index, body.Index + body.Length, insideKnownName).Where(u => !u.Name.Contains('各', StringComparison.Ordinal)))
            {
                yield return unit;
            }
        }
    }

    [GeneratedRegex(@"(?:抄送|主送)\s*[:：]\s*(?<body>[^。]*)")]
    private static partial Regex CopyPattern();
}
