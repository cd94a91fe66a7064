namespace InnoGraph.Ingestion.Rules.Indicators;

/// <summary>
/// The names one indicator goes by in different documents, for finding the graph's indicator of a name read from a
/// figure: a change compared with the year before stated with either word (较上年 and 比上年, 提升 and 提高: X比上年提升 is
/// X较上年提高), events counted by 场次 or by 数 (X活动场次, X活动数), and a count the graph names with the verb that
/// brought its things in (新建X数, 引进X数) when the text leaves the verb out.
/// </summary>
public static class IndicatorNameVariants
{
    /// <summary>Words of one meaning; the first of a one-way pair is only read, the second only written (the graph's word).</summary>
    private static readonly (string A, string B, bool BothWays)[] Synonyms = [("较上年", "比上年", false), ("提升", "提高", true), ("活动场次", "活动数", true)];

    private static readonly string[] DroppedVerbs = ["新建", "引进"];

    private const string Amount = "额";

    /// <summary>Words as the graph writes them: each word of a one-way pair that is only read replaced by the graph's (较上年 → 比上年).</summary>
    public static string AsTheGraphWrites(string words) =>
        Synonyms.Where(s => !s.BothWays).Aggregate(words, (w, s) => w.Replace(s.A, s.B, StringComparison.Ordinal));

    /// <summary>The name itself first, then its variants.</summary>
    public static IEnumerable<string> Of(string name)
    {
        var names = new List<string> { name };
        foreach (var (a, b, bothWays) in Synonyms)
        {
            foreach (var known in names.ToList())
            {
                if (known.Contains(a, StringComparison.Ordinal))
                {
                    names.Add(known.Replace(a, b, StringComparison.Ordinal));
                }
                else if (bothWays && known.Contains(b, StringComparison.Ordinal))
                {
                    names.Add(known.Replace(b, a, StringComparison.Ordinal));
                }
            }
        }

        if (!DroppedVerbs.Any(v => name.StartsWith(v, StringComparison.Ordinal)))
        {
            names.AddRange(DroppedVerbs.Select(v => v + name));
        }

        var done = name.StartsWith(YearContext.EachYear, StringComparison.Ordinal) ? name[YearContext.EachYear.Length..] : name;
        if (done.Length >= 4)
        {
            names.Add(done[2..] + done[..2] + Amount);
        }

        return names.Distinct();
    }
}
