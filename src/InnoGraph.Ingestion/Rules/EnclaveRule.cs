using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// An enclave a place keeps in another (某县(杭州)科创飞地, 某区(上海)海洋科创飞地) is a platform named whole: its home's name, the place
/// it stands in bracketed, and the words up to 飞地; the home is the longest place's name (two to six characters) right before the bracket.
/// </summary>
public static partial class EnclaveRule
{
    public const string Method = "enclave";

    private const int MaxHomeLength = 6;

    public static IEnumerable<(int Start, int End, string Name, EntityKind Kind)> Find(string text, Func<string, bool> isPlace)
    {
        foreach (Match m in EnclavePattern().Matches(text))
        {
            var open = m.Index;
            var home = Enumerable.Range(2, MaxHomeLength - 1).Reverse().Where(n => open - n >= 0).Select(n => open - n)
                .FirstOrDefault(s => isPlace(text[s..open]), -1);
            if (home >= 0 && isPlace(m.Groups["place"].Value))
            {
                yield return (home, m.Index + m.Length, text[home..(m.Index + m.Length)], EntityKind.Platform);
            }
        }
    }

    [GeneratedRegex(@"\((?<place>[\u4e00-\u9fff]{2,5})\)[\u4e00-\u9fff]{0,8}?飞地")]
    private static partial Regex EnclavePattern();
}
