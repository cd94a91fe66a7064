using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>Reads a <see cref="Change"/> from the words that state it.</summary>
public static partial class ChangePhrase
{
    /// <summary>The change stated at <paramref name="from"/> in points (个百分点), or a growth rate in percent, or the difference to a wider region's level, or null.</summary>
    public static Change? At(string text, int from)
    {
        var m = Pattern().Match(text, from);
        if (!m.Success || m.Index != from)
        {
            return Growth(text, from) ?? Difference(text, from);
        }

        const string unit = "percentage points";
        var compared = IndicatorNameVariants.AsTheGraphWrites(m.Groups["than"].Value);
        var verb = m.Groups["verb"].Value;
        var suffix = compared + verb;
        var num = m.Groups["num"];
        return new Change(m.Index, m.Index + m.Length, num.Index, num.Index + num.Length, decimal.Parse(num.Value, CultureInfo.InvariantCulture), unit, suffix);
    }

    /// <summary>
    /// <c>高于全省平均水平0.4个百分点</c>: how far the value lies above the province's or the country's, an indicator named
    /// by the comparison and what it is compared with (X高于平均水平; X高于全省 when only the region is named), scoped by that region.
    /// </summary>
    private static Change? Difference(string text, int from)
    {
        var m = DifferencePattern().Match(text, from);
        if (!m.Success || m.Index != from)
        {
            return null;
        }

        var scope = m.Groups["scope"].Value;
        var compared = m.Groups["what"].Length > 0 ? m.Groups["what"].Value : scope;
        var num = m.Groups["num"];
        return new Change(m.Index, m.Index + m.Length, num.Index, num.Index + num.Length, decimal.Parse(num.Value, CultureInfo.InvariantCulture), "percentage points",
            m.Groups["than"].Value + compared, scope == "全国" ? "national" : "province");
    }

    /// <summary>
    /// <c>同比增长18%</c>, <c>比上年增长18%</c>: a growth in percent over the year before, not a change in points; an indicator the
    /// graph names X增速 whatever words the text states it with.
    /// </summary>
    private static Change? Growth(string text, int from)
    {
        var m = GrowthPattern().Match(text, from);
        if (!m.Success || m.Index != from)
        {
            return null;
        }

        var num = m.Groups["num"];
        return new Change(m.Index, m.Index + m.Length, num.Index, num.Index + num.Length, decimal.Parse(num.Value, CultureInfo.InvariantCulture), "%", GrowthRate);
    }

    private const string GrowthRate = "增速";

    /// <summary>Whether a derived indicator's words and unit are those of a growth in percent (增速, 同比增长 in %).</summary>
    public static bool IsGrowth(string words, string unit) => unit == "%" && (words == GrowthRate || GrowthWords().IsMatch(words));

    private const string ComparedWithYearBefore = "比上年|较上年|同比";
    private const string Rise = "增长|提高|提升";

    [GeneratedRegex("(?<than>" + ComparedWithYearBefore + ")(?<verb>" + Rise + @")了?(?<num>\d+(?:\.\d+)?)%")]
    private static partial Regex GrowthPattern();

    [GeneratedRegex("^(?:" + ComparedWithYearBefore + ")(?:" + Rise + ")$")]
    private static partial Regex GrowthWords();

    [GeneratedRegex(@"(?<than>高于)(?<scope>全省|全国)(?<what>[\u4E00-\u9FFF]{0,6}?)(?<num>\d+(?:\.\d+)?)个百分点")]
    private static partial Regex DifferencePattern();

    [GeneratedRegex(@"(?<than>比上年|较上年|同比)(?<verb>提升|提高|增长|增加|下降)了?(?<num>\d+(?:\.\d+)?)(?<unit>个百分点)")]
    private static partial Regex Pattern();
}
