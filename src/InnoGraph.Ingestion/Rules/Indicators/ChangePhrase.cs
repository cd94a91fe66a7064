using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>Reads a <see cref="Change"/> from the words that state it.</summary>
public static partial class ChangePhrase
{
    /// <summary>The change stated at <paramref name="from"/> in points (个百分点), or null.</summary>
    public static Change? At(string text, int from)
    {
        var m = Pattern().Match(text, from);
        if (!m.Success || m.Index != from)
        {
            return null;
        }

        const string unit = "percentage points";
        var compared = m.Groups["than"].Value;
        var verb = m.Groups["verb"].Value;
        var suffix = compared + verb;
        var num = m.Groups["num"];
        return new Change(m.Index, m.Index + m.Length, num.Index, num.Index + num.Length, decimal.Parse(num.Value, CultureInfo.InvariantCulture), unit, suffix);
    }

    [GeneratedRegex(@"(?<than>比上年|较上年|同比)(?<verb>提升|提高|增长|增加|下降)了?(?<num>\d+(?:\.\d+)?)(?<unit>个百分点)")]
    private static partial Regex Pattern();
}
