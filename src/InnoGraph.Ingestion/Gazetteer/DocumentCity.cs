using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// The city a document speaks for: short forms such as 市科技局 or 市委 mean its bodies. Known by
/// its region id (<c>region.hangzhou</c>), its full name (杭州市) and its short name (杭州).
/// </summary>
public sealed record DocumentCity(string Id, string Name, bool IsCounty = false)
{
    public string Slug => Id.Split('.')[^1];

    public string ShortName => ShortOf(Name);

    /// <summary>杭州市 → 杭州, 嵊州市 → 嵊州, 桐乡县 → 桐乡; names of two characters stay whole.</summary>
    public static string ShortOf(string name) =>
        name.Length > 2 && name[^1] is '市' or '县' or '区' or '省' ? name[..^1] : name;

    /// <summary>A region id or name known to the gazetteer, else null.</summary>
    public static DocumentCity? Find(GazetteerIndex gazetteer, string idOrName)
    {
        if (gazetteer.ById.TryGetValue(idOrName, out var byId) && byId.Kind == EntityKind.Region)
        {
            return Of(byId);
        }

        return gazetteer.Lookup(idOrName).FirstOrDefault(e => e.Kind == EntityKind.Region) is { } byName
            ? Of(byName)
            : null;
    }

    private static DocumentCity Of(KnownEntity region) =>
        new(region.Id, region.Name, region.Properties.GetValueOrDefault("level") is "county" or "district");

    /// <summary>True when an entity belongs to this city by its id (<c>gov.hangzhou.…</c>) or its name (杭州市…).</summary>
    public bool Owns(KnownEntity entity) =>
        entity.PlaceSlug == Slug || entity.Id == Id || entity.Id.StartsWith(Id + ".", StringComparison.Ordinal)
        || entity.Name.Contains(ShortName, StringComparison.Ordinal);
}
