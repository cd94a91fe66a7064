namespace InnoGraph.Domain.Text;

/// <summary>
/// The keys name search starts from: every character and every pair of neighbouring characters of an
/// entity's normalised names (<see cref="SearchText.Normalize"/>). A text any name contains has all its
/// pairs (one character: that character) among the entity's keys, so the entities linked from the
/// query's rarest key are the only ones that can match.
/// </summary>
public static class SearchKeys
{
    public static IReadOnlyList<string> Of(IEnumerable<string?> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n))
            .SelectMany(n => KeysOfName(SearchText.Normalize(n!)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The keys every entity whose names contain <paramref name="text"/> has: its pairs, or its only character.</summary>
    public static IReadOnlyList<string> OfQuery(string text)
    {
        var chars = Characters(SearchText.Normalize(text));
        return (chars.Count == 1 ? chars : Pairs(chars)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> KeysOfName(string normalised)
    {
        var chars = Characters(normalised);
        return chars.Concat(Pairs(chars));
    }

    private static List<string> Characters(string text) => text.EnumerateRunes().Select(r => r.ToString()).ToList();

    private static List<string> Pairs(List<string> chars) => Enumerable.Range(0, Math.Max(0, chars.Count - 1)).Select(i => chars[i] + chars[i + 1]).ToList();
}
