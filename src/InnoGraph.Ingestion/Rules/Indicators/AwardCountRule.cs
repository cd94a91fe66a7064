using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// A figure that opens its clause and says how many things won something (<c>15项成果获市级以上科技奖</c>): the count of what
/// they won, Y数; the figures of the parts named after 其中 in the same sentence (<c>其中一等奖2项,二等奖5项</c>) are parts of
/// that count, told apart by a qualifier of their place that the reviewer names.
/// </summary>
public static partial class AwardCountRule
{
    public static IEnumerable<ProposedIndicator> Find(string text, YearContext years)
    {
        foreach (Match won in WonPattern().Matches(text))
        {
            var sentenceStart = IndicatorValueRule.SentenceStart(text, won.Index);
            var context = text[sentenceStart..won.Index];
            var unit = IndicatorValueRule.Unit(null, won.Groups["unit"].Value);
            if (years.YearOf(context, text[..sentenceStart]) is not { } year || unit is null)
            {
                continue;
            }

            var name = won.Groups["prize"].Value + "数";
            var status = IndicatorValueRule.Status(context, year, years.Present);
            var num = won.Groups["num"];
            var values = new List<IndicatorValue> { new(num.Index, num.Index + num.Length, name, "", year, decimal.Parse(num.Value, CultureInfo.InvariantCulture), unit, status, null, null) };
            var end = won.Index + won.Length;
            var sentenceEnd = IndicatorValueRule.SentenceEnd(text, end);
            if (PartsPattern().Match(text[end..sentenceEnd]) is { Success: true } parts && parts.Index == 0)
            {
                var n = 0;
                foreach (Capture part in parts.Groups["num"].Captures)
                {
                    var at = end + part.Index;
                    values.Add(new IndicatorValue(at, at + part.Length, name, "", year, decimal.Parse(part.Value, CultureInfo.InvariantCulture), unit, status, $"part-{++n}", null));
                }
            }

            yield return new ProposedIndicator(won.Groups["prize"].Index, won.Groups["prize"].Index + won.Groups["prize"].Length, name, unit, values);
        }
    }

    [GeneratedRegex(@"(?<=^|[。;；,，])(?<num>\d+)(?<unit>项|个|家|人|名)[^,，。;；\d获]{2,10}获(?<prize>[^,，。;；\d]{2,12}奖)(?=[,，。;；])")]
    private static partial Regex WonPattern();

    /// <summary>,其中A 1项,B 1项、C 6项: the parts, each a name and a figure, up to the sentence's end.</summary>
    [GeneratedRegex(@"^[,，]其中(?:[,，、]?[^,，。;；、\d]{1,16}?(?<num>\d+)(?:项|个|家|人|名))+$")]
    private static partial Regex PartsPattern();
}
