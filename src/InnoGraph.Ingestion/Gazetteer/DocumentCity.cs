using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// The city a document speaks for: short forms such as 市科技局 or 市委 mean its bodies. Known by
/// its region id (<c>region.hangzhou</c>), its full name (杭州市) and its short name (杭州).
/// </summary>
public sealed record DocumentCity(string Id, string Name, bool IsCounty = false)
{
    /// <summary>The method of what is proposed of the document's city for want of a place the text states.</summary>
    public const string Method = "document-city";

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

    /// <summary>
    /// The city, county or district a title begins with (衢州市科技创新…方案, 萧山区2024年…总结, 嘉兴获评…): whom an undated,
    /// unattributed document speaks for. Null when the title begins with no such region, or with a name several regions share.
    /// </summary>
    public static DocumentCity? OpeningTitle(GazetteerIndex gazetteer, string title) =>
        gazetteer.Match(title).Where(m => m.Start == 0).OrderByDescending(m => m.End)
            .Select(m => m.Candidates.Where(c => c.Kind == EntityKind.Region && c.Properties.GetValueOrDefault("level") is "city" or "county" or "district").DistinctBy(c => c.Id).ToList())
            .FirstOrDefault(regions => regions.Count > 0) is [var only] ? Of(only) : null;

    /// <summary>
    /// The city whose bodies 市… names in this document: for a district's or a county's (某区, 某县) the city it is part of,
    /// since such a document's 市科技局 is the city's; for a county-level city's (某市) or a city's, none but itself.
    /// </summary>
    public DocumentCity? Above(GazetteerIndex gazetteer) =>
        IsCounty && Name[^1] is '区' or '县' && gazetteer.ById.GetValueOrDefault(Id) is { } county && CityOf(county, gazetteer) is { } above ? Of(above) : null;

    /// <summary>The city a county or district is part of, else the region its id is below (<c>region.wenzhou.longwan</c> → <c>region.wenzhou</c>).</summary>
    public static KnownEntity? CityOf(KnownEntity county, GazetteerIndex gazetteer) =>
        gazetteer.PartOf(county.Id)
            .Append(gazetteer.ById.GetValueOrDefault(county.Id[..Math.Max(0, county.Id.LastIndexOf('.'))]))
            .FirstOrDefault(p => p is { Kind: EntityKind.Region } && p.Properties.GetValueOrDefault("level") is "city");

    /// <summary>
    /// For a city's document, the county or district of the city that <paramref name="text"/> (its title or first line)
    /// names first: whose bodies 区… and 县… name (某区2024年工作总结: 区科技局 is that district's bureau, never the city's).
    /// </summary>
    public DocumentCity? CountyNamedIn(GazetteerIndex gazetteer, string text) =>
        IsCounty ? null
            : gazetteer.Match(text).SelectMany(m => m.Candidates)
                .Where(c => c.Kind == EntityKind.Region && c.Properties.GetValueOrDefault("level") is "county" or "district" && CityOf(c, gazetteer)?.Id == Id)
                .Select(Of).FirstOrDefault();

    /// <summary>The document city of a region of the graph; a county or a district is a county's.</summary>
    public static DocumentCity Of(KnownEntity region) =>
        new(region.Id, region.Name, region.Properties.GetValueOrDefault("level") is "county" or "district");

    /// <summary>True when an entity belongs to this city by its id (<c>gov.hangzhou.…</c>) or its name (杭州市…).</summary>
    public bool Owns(KnownEntity entity) =>
        entity.PlaceSlug == Slug || entity.Id == Id || entity.Id.StartsWith(Id + ".", StringComparison.Ordinal)
        || entity.Name.Contains(ShortName, StringComparison.Ordinal);
}
