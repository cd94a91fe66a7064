using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A strategy or system put into effect in running text is a policy: 实施某某战略, 深入实施甲战略、乙战略 (each of the
/// list), 全面实施某某制度; named without quotation marks (实施人才引进“某某”制度 → 人才引进某某制度). Not 战略 running on
/// into a word (战略性新兴产业).
/// </summary>
public static partial class StrategyRule
{
    public const string Method = "strategy";

    public static IEnumerable<(int Start, int End, string Name, EntityKind Kind)> Find(string text)
    {
        foreach (Match m in ImplementedPattern().Matches(text))
        {
            foreach (var group in new Capture[] { m.Groups["name"] }.Concat(m.Groups["more"].Captures))
            {
                yield return (group.Index, group.Index + group.Length, group.Value.Replace("“", "").Replace("”", ""), EntityKind.Policy);
            }
        }
    }

    [GeneratedRegex(@"实施(?<name>[\u4e00-\u9fff“”]{2,12}?(?:战略|制度))(?![\u4e00-\u9fff])(?:、(?<more>[\u4e00-\u9fff]{2,12}?战略)(?![\u4e00-\u9fff]))*")]
    private static partial Regex ImplementedPattern();
}
