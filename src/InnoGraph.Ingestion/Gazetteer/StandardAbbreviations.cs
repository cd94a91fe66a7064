namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// Standard abbreviations of national institutions inside other bodies' names (某省中科某某研究院): the short form
/// stands for the institution that lends the body its name. General knowledge, like the department names of
/// <see cref="OfficialNames"/>.
/// </summary>
public static class StandardAbbreviations
{
    private static readonly (string Short, string Name)[] Table =
    [
        ("中科院", "中国科学院"), ("中科", "中国科学院"),
    ];

    /// <summary>The institution a text beginning with a standard abbreviation names, and the abbreviation's length; null otherwise.</summary>
    public static (string Name, int Length)? Of(string text) =>
        Table.FirstOrDefault(t => text.StartsWith(t.Short, StringComparison.Ordinal)) is { Short: not null } hit ? (hit.Name, hit.Short.Length) : null;
}
