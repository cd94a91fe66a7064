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

    /// <summary>The official name, or null when <paramref name="written"/> does not begin with a county's or district's name followed by a department the table knows.</summary>
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
            return OfficialNames.OfCounty(written, county.Name, city);
        }

        return null;
    }

    /// <summary>The county or district of exactly this name: the document city's when several share it, else the only one.</summary>
    private static KnownEntity? County(string name, GazetteerIndex gazetteer, DocumentCity? documentCity)
    {
        var counties = gazetteer.Lookup(name)
            .Where(e => e.Kind == EntityKind.Region && e.Name == name && e.Properties.GetValueOrDefault("level") is "county" or "district")
            .ToList();
        return counties.Count == 1 ? counties[0] : counties.FirstOrDefault(c => documentCity is not null && c.Id.StartsWith(documentCity.Id + ".", StringComparison.Ordinal));
    }
}
