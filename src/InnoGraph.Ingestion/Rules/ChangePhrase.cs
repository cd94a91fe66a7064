using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A change or a difference stated after a value, read as an indicator of its own named by the
/// words that state it: <c>比上年提升24.9个点</c> → X比上年提升, <c>同比提高8.7个百分点</c> → X同比提高,
/// <c>同比增长31.5%</c> → X增速, <c>年均增长18%</c> → X年均增长率, <c>高于全省平均水平0.43个百分点</c> →
/// X高于平均水平 (scope province).
/// </summary>
public sealed record Change(int Start, int End, int NumberStart, int NumberEnd, decimal Value, string Unit, string Suffix, string? Scope);

public static partial class ChangePhrase
{
    /// <summary>The change stated at <paramref name="from"/> (leading spaces and 并, 且 allowed), or null.</summary>
    public static Change? At(string text, int from)
    {
        var m = Pattern().Match(text, from);
        if (!m.Success || m.Index != from)
        {
            return null;
        }

        var written = m.Groups["unit"].Value;
        var unit = written switch { "%" => "%", "个百分点" => "percentage points", _ => "index points" };
        var compared = m.Groups["than"].Value;
        var verb = m.Groups["verb"].Value;
        var suffix = m.Groups["above"].Success ? m.Groups["above"].Value + "平均水平"
            : written == "%" && verb == "增长" ? (compared == "年均" ? "年均增长率" : "增速")
            : compared + verb;
        var scope = m.Groups["scope"].Value switch { "全国" => "national", "全省" => "province", _ => null };
        var num = m.Groups["num"];
        return new Change(m.Index, m.Index + m.Length, num.Index, num.Index + num.Length, decimal.Parse(num.Value, CultureInfo.InvariantCulture), unit, suffix, scope);
    }

    [GeneratedRegex(@"(?:(?<than>比上年|较上年|同比|年均)(?<verb>提升|提高|增长|增加|下降)了?|(?<above>高于|低于)(?<scope>全省|全国)平均(?:水平)?)(?<num>\d+(?:\.\d+)?)(?<unit>个百分点|个点|%)")]
    private static partial Regex Pattern();
}
