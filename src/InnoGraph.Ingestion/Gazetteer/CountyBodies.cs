using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// A body of a named county or district, written with the county's name and a department's short form (龙湾区政府,
/// 瑞安市科技局): the official name has the department's standard words, and a district's has its city before it,
/// since a district's bodies are the city's (温州市龙湾区人民政府, 瑞安市科学技术局).
/// </summary>
public static class CountyBodies
{
    private const int LongestCountyName = 8;

    /// <summary>
    /// The official name, or null when <paramref name="written"/> does not begin with a county's or district's name followed by a
    /// department the table knows; a district's other bureaus and party bodies (定海区财政局, 定海区委人才办) are named as its city's document names
    /// its own, with the city before the district.
    /// </summary>
    public static string? Official(string written, GazetteerIndex gazetteer, DocumentCity? documentCity)
    {
        for (var length = Math.Min(LongestCountyName, written.Length - 1); length >= 2; length--)
        {
            if (County(written[..length], gazetteer, documentCity) is not { } county)
            {
                continue;
            }

            var district = Equals(county.Properties.GetValueOrDefault("level"), "district");
            var city = district ? DocumentCity.CityOf(county, gazetteer)?.Name : null;
            return OfficialNames.OfCounty(written, county.Name, city)
                ?? (city is not null && IsBureauOrPartyBody(written[length..]) ? OfficialNames.Of(written, DocumentCity.Of(county), city) : null);
        }

        return null;
    }

    /// <summary>A bureau (财政局, 税务局) or the party committee and its offices (委, 委人才办); a centre or a platform is named as written.</summary>
    private static bool IsBureauOrPartyBody(string rest) => rest.EndsWith('局') || rest.StartsWith('委');

    /// <summary>The county or district of exactly this name: the document city's when several share it, else the only one.</summary>
    private static KnownEntity? County(string name, GazetteerIndex gazetteer, DocumentCity? documentCity)
    {
        var counties = gazetteer.Lookup(name)
            .Where(e => e.Kind == EntityKind.Region && e.Name == name && e.Properties.GetValueOrDefault("level") is "county" or "district")
            .ToList();
        return counties.Count == 1 ? counties[0] : counties.FirstOrDefault(c => documentCity is not null && c.Id.StartsWith(documentCity.Id + ".", StringComparison.Ordinal));
    }
}
