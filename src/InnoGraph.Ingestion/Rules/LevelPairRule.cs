using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A programme that the country and the province each run, stated once for both: 国家和省某某计划, 国家和省“某某计划”,
/// 国家和省科技重大专项 are two programmes, the country's (国家某某计划) and the province's (省某某计划, named by the
/// province the document's city is part of: 江南省某某计划).
/// </summary>
public static partial class LevelPairRule
{
    public const string Method = "level-pair";

    /// <summary>The span of the phrase, the words the two programmes share (without quotation marks) and where the province's level word stands.</summary>
    public static IEnumerable<(int Start, int End, string Shared, int Province)> Find(string text)
    {
        foreach (Match m in PairPattern().Matches(text))
        {
            var shared = m.Groups["name"];
            yield return (m.Index, shared.Index + shared.Length, shared.Value.Replace("“", "").Replace("”", ""), m.Groups["province"].Index);
        }
    }

    [GeneratedRegex(@"国家和(?<province>省)(?<name>“[^“”,。]{2,12}(?:计划|工程|专项)”|[\u4e00-\u9fff]{2,10}?(?:计划|工程|专项)(?![\u4e00-\u9fff]))")]
    private static partial Regex PairPattern();
}
