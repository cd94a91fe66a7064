namespace InnoGraph.Domain.Text;

/// <summary>
/// The keys an entity is looked up by name through: each of its names (canonical, English, aliases)
/// lower-cased as written and in simplified characters (<see cref="SearchText.Normalize"/>). A typed
/// name has its keys by the same rule, so one index look-up finds every entity it may name.
/// </summary>
public static class NameKeys
{
    public static IReadOnlyList<string> Of(IEnumerable<string?> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).SelectMany(n => Forms(n!)).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> OfTyped(string typed) => Of([typed]);

    private static IEnumerable<string> Forms(string name)
    {
        yield return name.Trim().ToLowerInvariant();
        yield return SearchText.Normalize(name);
    }
}
