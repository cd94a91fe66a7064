namespace InnoGraph.Ingestion.Rules.Indicators;

public static partial class NewIndicatorRule
{
    /// <summary>Verbs of change: words that begin with one of them measure the change of the quantity ranked before (提升幅度).</summary>
    private static readonly string[] ChangeVerbs = ["提升", "提高", "增长", "增加", "下降"];

    /// <summary>
    /// A rank stated right after the words that name what is ranked, without a figure: a quantity (<c>X指数居全省第4位</c> → X指数排名;
    /// at most two characters, such as an adverb, may stand between the quantity and the verb of the rank) or a rank itself
    /// (<c>X排名进入全省前30位</c> → X全省排名); in the clause after such a rank, words that begin with a verb of change measure the
    /// change of the quantity ranked before (<c>,提升幅度列全省第二</c> → X指数提升幅度排名).
    /// </summary>
    private static IEnumerable<ProposedIndicator> RankedQuantities(string text, YearContext years)
    {
        var at = 0;
        (int End, string Quantity)? previous = null;
        while (RankPhrase.Find(text, at, text.Length) is { } rank)
        {
            at = rank.End;
            var (start, end) = Phrase(text, rank.Start);
            var (from, words) = Strip(text, start, end);
            var follows = previous is { } p && start == p.End + 1 && text[p.End] is ',' or '，';
            var quantity = RankedQuantity(words);
            var name = RankName(words, rank.Scope)
                ?? (quantity is not null ? quantity + Rank.Suffix : null)
                ?? (follows && ChangeVerbs.Any(v => words.StartsWith(v, StringComparison.Ordinal)) && words.Length <= 6 ? previous!.Value.Quantity + words + Rank.Suffix : null);
            previous = quantity is not null ? (rank.End, quantity) : null;
            var sentenceStart = IndicatorValueRule.SentenceStart(text, rank.Start);
            if (name is null || years.YearOf(text[sentenceStart..rank.Start], text[..sentenceStart]) is not { } year)
            {
                continue;
            }

            var status = IndicatorValueRule.Status(text[sentenceStart..rank.Start], year, years.Present);
            yield return new ProposedIndicator(from, end, name, "rank", [IndicatorValueRule.RankValue(rank, name, "", year, status) with { Indicator = name }]) { NamedByRankedWords = true };
        }
    }

    /// <summary>The words up to the last quantity they name (创新能力指数, 研发投入强度), when at most two characters follow it, else null.</summary>
    private static string? RankedQuantity(string words)
    {
        for (var cut = words.Length; cut >= words.Length - 2 && cut > 0; cut--)
        {
            var head = words[..cut];
            if (Quantities.FirstOrDefault(q => q.Length > 1 && head.EndsWith(q, StringComparison.Ordinal)) is { } q)
            {
                return head.Length - q.Length >= 2 && IsRankable(head) ? head : null;
            }
        }

        return null;
    }

    /// <summary>Words that end with 排名 name a rank: with the rank's scope before it (省级园区排名 … 全省前30位 → 省级园区全省排名).</summary>
    private static string? RankName(string words, string? scope)
    {
        if (!words.EndsWith(Rank.Suffix, StringComparison.Ordinal) || words.Length - Rank.Suffix.Length < 3 || !IsRankable(words[..^Rank.Suffix.Length]))
        {
            return null;
        }

        var scoped = scope switch { "province" => "全省", "national" => "全国", _ => "" };
        return words[..^Rank.Suffix.Length] + scoped + Rank.Suffix;
    }

    /// <summary>Words that can name what is ranked: no enumeration, no figure, no place alone, no change or comparison inside.</summary>
    private static bool IsRankable(string words) =>
        !words.Contains('等', StringComparison.Ordinal) && !NotFirst.Contains(words[0], StringComparison.Ordinal) && !Places.Any(p => words.EndsWith(p, StringComparison.Ordinal))
        && !Changes.Any(c => words.Contains(c, StringComparison.Ordinal)) && !words.Any(char.IsAsciiDigit);
}
