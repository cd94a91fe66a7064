using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// A rank stated right after a known body (<c>某某高新区位列全国第51名</c>, <c>某某高新区排名进入全国前40位</c>) is the body's
/// value of the graph's rank for bodies of its kind: the one known indicator whose name begins with the last word of the body's
/// name and ends with 排名 (高新区 → 高新区综合评价排名). None when the graph has no such indicator or several.
/// </summary>
public static class BodyRankRule
{
    public const string Method = "body-rank";

    public static IEnumerable<(Mention Indicator, IndicatorValue Value)> Find(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<KnownEntity> indicators, YearContext years)
    {
        foreach (var body in mentions.Where(m => m.Kind is not (EntityKind.Indicator or EntityKind.Region)))
        {
            var at = string.CompareOrdinal(text, body.End, Rank.Suffix, 0, Rank.Suffix.Length) == 0 ? body.End + Rank.Suffix.Length : body.End;
            if (RankPhrase.Find(text, at, at) is not { } rank || rank.End > IndicatorValueRule.ClauseEnd(text, body.End) || RankOf(body.Name, indicators) is not { } indicator)
            {
                continue;
            }

            var sentenceStart = IndicatorValueRule.SentenceStart(text, body.Start);
            var context = text[sentenceStart..rank.Start];
            if (years.YearOf(context, text[..sentenceStart]) is not { } year)
            {
                continue;
            }

            var mention = new Mention(rank.Start, rank.End, indicator.Id, indicator.Kind, indicator.Name, false, Method, 0.6);
            yield return (mention, IndicatorValueRule.RankValue(rank, indicator.Id, body.Id, year, IndicatorValueRule.Status(context, year, years.Present)) with { Indicator = indicator.Id });
        }
    }

    /// <summary>The rank indicator of bodies named like <paramref name="body"/>: by the longest end of its name (four characters down to two) that begins one.</summary>
    private static KnownEntity? RankOf(string body, IReadOnlyList<KnownEntity> indicators)
    {
        for (var length = Math.Min(4, body.Length - 1); length >= 2; length--)
        {
            var kind = body[^length..];
            var ranks = indicators.Where(i => i.Name.StartsWith(kind, StringComparison.Ordinal) && i.Name.EndsWith(Rank.Suffix, StringComparison.Ordinal)).Take(2).ToList();
            if (ranks.Count > 0)
            {
                return ranks.Count == 1 ? ranks[0] : null;
            }
        }

        return null;
    }
}
