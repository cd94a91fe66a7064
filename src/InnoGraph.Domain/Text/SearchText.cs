namespace InnoGraph.Domain.Text;

/// <summary>
/// The text name search matches against: every name of an entity, lower-cased and in simplified
/// characters, one per line — so a query in either script, or in any letter case, finds it.
/// </summary>
public static class SearchText
{
    public static string Of(IEnumerable<string?> names) =>
        string.Join('\n', names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Normalize(n!)).Distinct());

    /// <summary>How a query is normalised before it is matched: the same transformation as the stored text.</summary>
    public static string Normalize(string text) => ChineseScript.ToSimplified(text.Trim()).ToLowerInvariant();
}
