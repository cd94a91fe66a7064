using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules.Location;

/// <summary>
/// The place a body's name carries: the region in brackets at its end (某某创新中心(浙江)) or before an enclave's words (某县(杭州)科创飞地), else, but for a
/// university's own name (某市某区学院 is the city's), the narrowest of the places in it when one lies within another
/// (某市某区…), else the first local place in it, read without its last character, so that a known body's own name does not hide the place in it
/// (乌镇实验室), and after the university or academy it begins with, whose place is the university's (天津 in
/// 天津大学某某研究院). A university or academy serves the country: a local document places it only by a place of
/// the document's city its name carries; its branch (某大学某省学院, named after it) is a local body like any other.
/// </summary>
public sealed class NamePlace(GazetteerIndex gazetteer, NameResolver resolver, PartnerInName partners, DocumentCity? city)
{
    public const string Method = "name-place";

    /// <summary>The place of the body's name (null when none), and whether the body is a university or academy itself.</summary>
    public (Mention? Place, bool Institution) Of(EntityProposal entity)
    {
        var (_, from) = partners.Lead(new Mention(0, entity.Name.Length, entity.Id, entity.Kind, entity.Name, entity.IsNew, "", 0));
        var institution = entity.Kind is EntityKind.University or EntityKind.Academy && from == 0;
        var places = gazetteer.Match(entity.Name[from..^1]).Select(resolver.Resolve).Where(m => m.Kind == EntityKind.Region && !m.IsNew && IsLocal(m, entity.Name, from)).ToList();
        var inName = PlaceInBrackets(entity.Name)
            ?? (institution ? null : places.FirstOrDefault(p => places.Any(o => Within(p.Id, o.Id))))
            ?? places.OrderBy(m => IsWide(m) ? 1 : 0).FirstOrDefault();
        return (institution && inName is not null && !InDocumentCity(inName.Id) ? null : institution || from > 0 ? inName : NarrowedToDocumentCounty(inName), institution);
    }

    /// <summary>
    /// In a county's or district's document, a body whose name carries only the city the county is part of (宁波某某商务区 in a
    /// report of 鄞州区) is the county's: the document speaks of its own ground, which the city's name does not contradict. Not
    /// a university's or academy's branch (某科学院宁波某某研究所), which its name places.
    /// </summary>
    private Mention? NarrowedToDocumentCounty(Mention? place) =>
        place is not null && city is { IsCounty: true } && gazetteer.Relations.Contains($"{city.Id}|PART_OF|{place.Id}")
            ? place with { Id = city.Id, Name = city.Name }
            : place;

    /// <summary>The document's city, a place in it, or, for a county's or district's document, the city it is part of.</summary>
    private bool InDocumentCity(string regionId) =>
        city is not null && (regionId == city.Id || gazetteer.Relations.Contains($"{regionId}|PART_OF|{city.Id}")
            || (city.IsCounty && gazetteer.Relations.Contains($"{city.Id}|PART_OF|{regionId}")));

    /// <summary>Whether <paramref name="region"/> lies within <paramref name="wider"/>: a name that carries both (某市某区…) is in the narrower.</summary>
    private bool Within(string region, string wider) => gazetteer.Ancestors(region).Any(a => a.Id == wider);

    /// <summary>
    /// Whether a region found in a body's name (at <paramref name="from"/> and on) is where the body is: a local one
    /// (city, county, district, town) wherever it stands; a province only when the name begins with its full name
    /// (某省某某中心), since its short form says whose brand or branch (浙江某某研究院, 某大学浙江研究院); a country
    /// after the name's start (某公司美国研发中心).
    /// </summary>
    private bool IsLocal(Mention region, string name, int from) =>
        gazetteer.ById.GetValueOrDefault(region.Id)?.Properties.GetValueOrDefault("level") switch
        {
            "city" or "county" or "district" or "town" or "municipality" => true,
            "province" => from == 0 && name.StartsWith(region.Name, StringComparison.Ordinal),
            "country" => region.Start > 0 || from > 0,
            _ => false,
        };

    /// <summary>A province or a country: the place of a name that carries no narrower one (某省某市研究院 is in that city).</summary>
    private bool IsWide(Mention region) => gazetteer.ById.GetValueOrDefault(region.Id)?.Properties.GetValueOrDefault("level") is "province" or "country";

    /// <summary>
    /// The region in brackets at a name's end (某某创新中心(浙江)): the place of the branch so named; or inside a name before the words
    /// of an enclave (某县(杭州)科创飞地): where the enclave stands.
    /// </summary>
    private Mention? PlaceInBrackets(string name)
    {
        var open = name.LastIndexOf('(');
        var close = open < 0 ? -1 : name.IndexOf(')', open);
        return open > 0 && (close == name.Length - 1 || close > 0 && name.EndsWith(Enclave, StringComparison.Ordinal))
            ? gazetteer.Match(name[(open + 1)..close]).Select(resolver.Resolve).FirstOrDefault(m => m.Kind == EntityKind.Region && !m.IsNew && m.Start == 0 && m.End == close - open - 1)
            : null;
    }

    private const string Enclave = "飞地";
}
