using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>Reads a <see cref="Rank"/> from the words that state it.</summary>
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
        var value = ChineseNumber.Parse(m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["within"].Value);
        return value is null ? null : new Rank(m.Index, m.Index + m.Length, value.Value, scope switch { "全国" => "national", "全省" => "province", "全市" => "city", [.., '省'] => "province", [.., '市'] => "city", _ => null }, m.Groups["within"].Success);
    }

    /// <summary>
    /// 居全省第2位, 全省排名第3位, 居全市第2位 or 居某某市第2位 (among the city's counties), 列前25位; the scope's counties named
    /// after it (居全省县(市、区)第3位, 居全省山区26县第1位) rank among them, in the scope's rank; not 列入第一批.
    /// </summary>
    [GeneratedRegex(@"(?<scope2>全省|全国|全市)?(?:位列|排名|排在|居|列|进入)(?<scope>全省|全国|全市|(?:(?!全|进入|排名|位列|排在)\p{IsCJKUnifiedIdeographs}){2,3}[省市])?(?<among>各?(?:县\(市、区\)|区、县\(市\)|县\(市\)、区)|县市区|山区\d{1,2}县)?(?:排名)?(?:第(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名)?|前(?<within>\d{1,3}|[一二三四五六七八九十]{1,3})(?:位|名))(?![批次届个年期轮\d])")]
    private static partial Regex Pattern();
}
