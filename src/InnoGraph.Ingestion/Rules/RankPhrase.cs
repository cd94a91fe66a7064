using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>A rank stated in words: <c>居全省第2位</c>, <c>位列全国第51名</c>, <c>全省排名第3位</c>, <c>居全省第一</c>, <c>居全省首位</c>, <c>均列前25位</c> (a bound: <see cref="Within"/>).</summary>
public sealed record Rank(int Start, int End, int Value, string? Scope, bool Within)
{
    /// <summary>The suffix of the rank's indicator: 创新指数 → 创新指数排名.</summary>
    public const string Suffix = "排名";
}

public static partial class RankPhrase
{
    /// <summary>The first rank stated in <paramref name="text"/> from <paramref name="from"/> that begins no later than <paramref name="latest"/>.</summary>
    public static Rank? Find(string text, int from, int latest)
    {
        var m = Pattern().Match(text, from);
        if (!m.Success || m.Index > latest)
        {
            return null;
        }

        var scope = m.Groups["scope"].Success ? m.Groups["scope"].Value : m.Groups["scope2"].Value;
        var value = m.Groups["first"].Success ? 1 : ChineseNumber.Parse(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["within"].Value);
        return value is null ? null : new Rank(m.Index, m.Index + m.Length, value.Value, scope switch { "全国" => "national", "全省" => "province", _ => null }, m.Groups["within"].Success);
    }

    /// <summary>The rank's span of digits or numerals, for the evidence.</summary>
    [GeneratedRegex(@"(?<scope2>全省|全国)?(?:稳居|位居|位列|排名|排在|居|列|进入)(?<scope>全省|全国)?(?:排名)?(?:第(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?|(?<first>首位)|前(?<within>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名))(?![批次届个年期轮\d])")]
    private static partial Regex Pattern();
}
