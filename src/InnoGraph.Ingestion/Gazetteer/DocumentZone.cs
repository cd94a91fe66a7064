using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Facts;

namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// A document a zone issues (湖州市某某新区2025年…总结): the zone its title names right after the city is the document's place, as a
/// county is a county's document's. Its figures are the zone's, the bodies it gives no place are in the zone, and its bodies
/// named by the zone's word alone (新区科技局) are the zone's (湖州市某某新区科技局).
/// </summary>
public sealed record DocumentZone(string Name, string Word)
{
    private const int MaxNameLength = 12;

    /// <summary>The words a zone's name ends with, the longest first.</summary>
    private static readonly string[] Words = ["经济技术开发区", "经济开发区", "高新区", "新区", "开发区"];

    /// <summary>The zone a title names right after <paramref name="city"/>'s name, else null.</summary>
    public static DocumentZone? In(string title, DocumentCity city)
    {
        if (!title.StartsWith(city.Name, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = title[city.Name.Length..];
        return Words.Select(w => (Word: w, At: rest.IndexOf(w, StringComparison.Ordinal)))
            .Where(z => z.At >= 2 && z.At + z.Word.Length <= MaxNameLength && rest[..z.At].All(ChineseScript.IsHan))
            .OrderBy(z => z.At + z.Word.Length)
            .Select(z => new DocumentZone(rest[..(z.At + z.Word.Length)], z.Word))
            .FirstOrDefault();
    }

    /// <summary>The proposals with the zone as the document's place, when the document names the zone as a body; else as they are.</summary>
    public IngestResult Apply(IngestResult result, DocumentCity city)
    {
        var zone = result.Entities.FirstOrDefault(e => e.Kind == EntityKind.Park && e.Name == Name)
            ?? result.Entities.FirstOrDefault(e => e.Kind == EntityKind.Park && e.Name == city.Name + Name);
        if (zone is null)
        {
            return result;
        }

        var entities = result.Entities.Select(e => e.IsNew && e.Kind == EntityKind.GovernmentBody && e.Name.StartsWith(Word, StringComparison.Ordinal) && e.Name.Length > Word.Length
            ? e with { Name = city.Name + Name + e.Name[Word.Length..] }
            : e).ToList();
        var relations = result.Relations.Select(r => r.Type == RelationType.LocatedIn && r.To == city.Id && r.From != zone.Id && r.Evidence.Method == DocumentCity.Method
            ? r with { To = zone.Id }
            : r).DistinctBy(r => (r.From, r.Type, r.To)).ToList();
        var observations = result.Observations.Select(o => o.Region == city.Id ? o with { Region = zone.Id } : o).ToList();
        return result with { Entities = entities, Relations = relations, Observations = observations };
    }
}
