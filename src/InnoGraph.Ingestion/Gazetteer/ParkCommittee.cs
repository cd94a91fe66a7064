namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// A park's management committee named by the park's short form (某某高新区管委会, 前湾新区管委会) takes the park's full name
/// when one park the document or the graph names is the one meant: its name with the place before it left out (宁波前湾新区
/// for 前湾新区), or with its kind's standard short form (某某高新技术产业园区 for 某某高新区, 某某经济技术开发区 for 某某经开区).
/// </summary>
public static class ParkCommittee
{
    public const string Method = "park-committee";

    private const string Committee = "管理委员会";

    private static readonly (string Full, string Short)[] ShortForms =
    [
        ("高新技术产业开发区", "高新区"), ("高新技术产业园区", "高新区"), ("经济技术开发区", "经开区"),
    ];

    /// <summary>The committee's full name, or null when a park goes by its words, or they are no park's short form, or several parks fit them.</summary>
    public static string? FullName(string committee, IEnumerable<string> parks)
    {
        if (!committee.EndsWith(Committee, StringComparison.Ordinal) || committee.Length <= Committee.Length + 2)
        {
            return null;
        }

        var park = committee[..^Committee.Length];
        var named = parks.Distinct(StringComparer.Ordinal).ToList();
        var meant = named.Contains(park) ? [] : named.Where(p => Abbreviates(park, p)).Take(2).ToList();
        return meant.Count == 1 ? meant[0] + Committee : null;
    }

    /// <summary>A place's name before the park's (宁波 of 宁波前湾新区) has two characters at least, and what is left names the park (four).</summary>
    private static bool Abbreviates(string park, string full) =>
        park.Length >= 4 && full.Length - park.Length >= 2 && full.EndsWith(park, StringComparison.Ordinal)
        || ShortForms.Any(f => full.Contains(f.Full, StringComparison.Ordinal) && full.Replace(f.Full, f.Short, StringComparison.Ordinal) is var shortened
            && (shortened == park || shortened.EndsWith(park, StringComparison.Ordinal)));
}
