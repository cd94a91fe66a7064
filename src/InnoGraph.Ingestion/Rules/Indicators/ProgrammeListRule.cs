using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// A list of the people a city's talent programmes took in (<c>新增国家级X计划10人、Y计划3人;省Z计划21人、W团队6个</c>): a
/// list of figures that opens with a programme (…计划) counted in persons. Every item is a part of one indicator,
/// <see cref="Name"/>, told apart by a qualifier of its place in the list that the reviewer names; a rank the list
/// shares (<c>均居全省前三位</c>) is that indicator's.
/// </summary>
public static partial class ProgrammeListRule
{
    public const string Name = "人才计划入选数";

    public static IEnumerable<ProposedIndicator> Find(string text, YearContext years)
    {
        foreach (Match list in ListPattern().Matches(text))
        {
            var sentenceStart = IndicatorValueRule.SentenceStart(text, list.Index);
            var context = text[sentenceStart..list.Index];
            if (years.YearOf(context, text[..sentenceStart]) is not { } year)
            {
                continue;
            }

            var status = IndicatorValueRule.Status(context, year, years.Present);
            var numbers = list.Groups["num"].Captures;
            var units = list.Groups["unit"].Captures;
            var values = numbers.Select((n, i) => new IndicatorValue(n.Index, n.Index + n.Length, Name, "", year, decimal.Parse(n.Value, CultureInfo.InvariantCulture),
                IndicatorValueRule.Unit(null, units[i].Value)!, status, $"programme-{i + 1}", null)).ToList();
            yield return new ProposedIndicator(list.Index, list.Index + list.Length, Name, "persons", values);

            var end = list.Index + list.Length;
            if (end < text.Length && text[end] is ',' or '，' && end + 1 < text.Length && text[end + 1] == '均'
                && RankPhrase.Find(text, end + 2, end + 2) is { } rank && rank.End <= IndicatorValueRule.ClauseEnd(text, end + 1))
            {
                var rankName = Name + Rank.Suffix;
                yield return new ProposedIndicator(list.Index, list.Index + list.Length, rankName, "rank", [IndicatorValueRule.RankValue(rank, rankName, "", year, status) with { Indicator = rankName }]);
            }
        }
    }

    /// <summary>
    /// Programmes named in a list that a rank follows in the same clause (<c>省X计划、省Y团队连续三年列全省第3位</c>): the rank of
    /// each, as a part of <see cref="Name"/>'s rank.
    /// </summary>
    public static IEnumerable<ProposedIndicator> Ranks(string text, YearContext years)
    {
        foreach (Match list in RankedPattern().Matches(text))
        {
            var end = list.Index + list.Length;
            var sentenceStart = IndicatorValueRule.SentenceStart(text, list.Index);
            var context = text[sentenceStart..list.Index];
            if (RankPhrase.Find(text, end, end + 8) is not { } rank || rank.End > IndicatorValueRule.ClauseEnd(text, end) || text[end..rank.Start].Any(char.IsAsciiDigit)
                || years.YearOf(context, text[..sentenceStart]) is not { } year)
            {
                continue;
            }

            var rankName = Name + Rank.Suffix;
            var status = IndicatorValueRule.Status(context, year, years.Present);
            var values = list.Groups["item"].Captures.Select((_, i) => IndicatorValueRule.RankValue(rank, rankName, "", year, status) with { Indicator = rankName, Qualifier = $"programme-{i + 1}" }).ToList();
            yield return new ProposedIndicator(list.Index, end, rankName, "rank", values);
        }
    }

    [GeneratedRegex(@"(?<=^|[,，。;；:：])(?<item>[^,，。;；、:：\d]{1,12}计划)(?:、(?<item>[^,，。;；、:：\d]{2,14}?))*(?=[^,，。;；、\d]{0,8}?(?:列|居|位列|排名))")]
    private static partial Regex RankedPattern();

    /// <summary>The first item a programme in persons (…计划10人), the others any figure of people or bodies, joined by 、 or ;.</summary>
    [GeneratedRegex(@"(?<=^|[,，。;；、:：年])[^,，。;；、:：\d]{0,12}计划(?<num>\d+)(?<unit>人|名)(?:[、;；][^,，。;；、:：\d]{2,14}?(?<num>\d+)(?<unit>人|名|个|家|支))+")]
    private static partial Regex ListPattern();
}
