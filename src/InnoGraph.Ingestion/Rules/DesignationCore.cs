namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// A designation is one whether the text names it with the place it is conferred on or the level that
/// confers it (嘉兴市某某试验区, 省级某某试验区, 某某试验区): its core is the name without a leading place of
/// the document (its city, the city's short name, the province) and a leading level. Names of one core are
/// one designation. Bodies are not merged so: a park or institute of another place is another body.
/// </summary>
public static class DesignationCore
{
    private const int MinCoreLength = 5;
    private static readonly string[] Levels = ["国家级", "省级", "市级", "全国", "国家", "省", "市"];

    /// <summary>The core of <paramref name="name"/>, stripped of any of <paramref name="places"/> and a level it begins with; null when too little is left to be a name.</summary>
    public static string? Of(string name, IReadOnlyCollection<string> places)
    {
        var core = WithoutPlace(name, places);
        if (Level(core) is { } level)
        {
            core = core[level.Length..];
        }

        return core.Length >= MinCoreLength ? core : null;
    }

    /// <summary>Whether the name states the level that confers it (省级某某试验区, 嘉兴市省级某某试验区).</summary>
    public static bool HasLevel(string name, IReadOnlyCollection<string> places) => Level(WithoutPlace(name, places)) is not null;

    private static string? Level(string name) => Levels.FirstOrDefault(l => name.StartsWith(l, StringComparison.Ordinal));

    private static string WithoutPlace(string name, IReadOnlyCollection<string> places) =>
        places.OrderByDescending(p => p.Length).FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is { } place ? name[place.Length..] : name;
}
