using System.Globalization;
using System.Text.RegularExpressions;

namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// Several owners of one share, <c>A、B占C比重分别达到44%和42.3%</c>: a value for each, named A占C比重, B占C比重. An owner whose
/// share the graph knows under a fuller name (B增加值占规上C比重: the graph's owner begins with B, its base ends as C does) takes
/// that name, and the other owners of the list are named after it (A增加值占规上C比重), since one list names one kind of share.
/// </summary>
public static partial class ShareListRule
{
    public static IEnumerable<ProposedIndicator> Find(string text, YearContext years, IReadOnlyCollection<string> knownNames)
    {
        foreach (Match list in Pattern().Matches(text))
        {
            var owners = list.Groups["owner"].Captures.Select(c => c.Value).ToList();
            var values = list.Groups["v"].Captures;
            if (owners.Count != values.Count)
            {
                continue;
            }

            var sentenceStart = IndicatorValueRule.SentenceStart(text, list.Index);
            var context = text[sentenceStart..list.Index];
            if (years.YearOf(context, text[..sentenceStart]) is not { } year)
            {
                continue;
            }

            var (share, of) = (list.Groups["share"].Value, list.Groups["of"].Value);
            var known = owners.Select(o => Known(o, of, share, knownNames)).ToList();
            var model = known.Select((k, i) => (Known: k, Owner: owners[i])).FirstOrDefault(x => x.Known is not null);
            for (var i = 0; i < owners.Count; i++)
            {
                var name = known[i] ?? (model.Known is { } k ? owners[i] + k[model.Owner.Length..] : owners[i] + "占" + of + share);
                var value = values[i];
                var read = new IndicatorValue(value.Index, value.Index + value.Length, name, "", year, decimal.Parse(value.Value, CultureInfo.InvariantCulture), "%",
                    IndicatorValueRule.Status(context, year, years.Present), null, null);
                var owner = list.Groups["owner"].Captures[i];
                yield return new ProposedIndicator(owner.Index, owner.Index + owner.Length, name, "%", [read]);
            }
        }
    }

    /// <summary>The graph's name of the owner's share of the base: its owner begins with the owner's words, its base ends with the last three characters of the base; null unless exactly one.</summary>
    private static string? Known(string owner, string of, string share, IReadOnlyCollection<string> knownNames)
    {
        var tail = of.Length >= 3 ? of[^3..] : of;
        var matches = knownNames.Where(n => n.StartsWith(owner, StringComparison.Ordinal) && n.EndsWith(tail + share, StringComparison.Ordinal)
            && n.IndexOf('占', owner.Length) is var at && at >= owner.Length && n.Length - at - 1 - share.Length >= tail.Length).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    [GeneratedRegex(@"(?<=^|[,，。;；:：])(?:[^,，。;；、\d]{0,6}?年,?)?(?:全市|全省|全县|全区)?(?<owner>[^,，。;；、\d占]{2,16})(?:、(?<owner>[^,，。;；、\d占]{2,16}))+占(?<of>[^,，。;；\d]{2,16}?)的?(?<share>比重|占比|比例)分别(?:达到|为|是|达)?(?<v>\d+(?:\.\d+)?)%(?:[、和](?<v>\d+(?:\.\d+)?)%)+")]
    private static partial Regex Pattern();
}
