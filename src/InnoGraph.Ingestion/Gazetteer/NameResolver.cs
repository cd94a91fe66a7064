using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>
/// Decides which entity a gazetteer name means in a document. One candidate: that one, unless it is
/// another city's body named by a short form (市科技局 in a Hangzhou document is not Jiaxing's): then
/// the document city's counterpart, reused when the graph has it, else proposed with the
/// counterpart's name and id rewritten for this city. Several candidates: the one of the document's
/// city, else the counterpart, else the first, marked for review.
/// </summary>
/// A district's or county's document names the city it is part of by 市… (<see cref="DocumentCity.Above"/>).
public sealed class NameResolver(GazetteerIndex gazetteer, DocumentCity? documentCity)
{
    public const string Method = "gazetteer";

    private readonly DocumentCity? _above = documentCity?.Above(gazetteer);

    public Mention Resolve(GazetteerMatch match)
    {
        var city = _above is not null && IsShortForm(match.Name) && (match.Name[0] == '市' || match.Name.Contains("市委", StringComparison.Ordinal)) ? _above : documentCity;
        var candidates = match.Candidates;
        if (city is not null)
        {
            var own = candidates.Where(c => city.Owns(c) && (CountyOf(c) is not { } county || county.Id == city.Id)).ToList();
            if (own.Count == 1)
            {
                return Known(match, own[0], candidates.Count == 1 ? 0.95 : 0.9);
            }

            if (own.Count == 0 && IsShortForm(match.Name) && candidates.All(c => c.Kind == EntityKind.GovernmentBody && c.PlaceSlug is not null)
                && Counterpart(match, candidates[0], city) is { } counterpart)
            {
                return counterpart;
            }
        }

        if (candidates.Count == 1)
        {
            return Known(match, candidates[0], 0.95);
        }

        var chosen = candidates[0];
        return Known(match, chosen, 0.5) with
        {
            Review = $"'{match.Name}' names {candidates.Count} entities ({string.Join(", ", candidates.Select(c => c.Id))}): keep {chosen.Id} or put the right id",
        };
    }

    /// <summary>A name relative to the document's city: 市…, 县…, 区…, 团市委 and the like.</summary>
    public static bool IsShortForm(string name) =>
        name.Length >= 2 && (name[0] is '市' or '县' or '区' || name.Contains("市委", StringComparison.Ordinal));

    private static Mention Known(GazetteerMatch match, KnownEntity entity, double confidence) =>
        new(match.Start, match.End, entity.Id, entity.Kind, entity.Name, false, Method, confidence) { Properties = entity.Properties };

    /// <summary>
    /// The county or district a body of a city's county is of, by its id (<c>gov.jinhua.yiwu.…</c>: 义乌市): its id begins with
    /// the city's, but it is not the city's own body. Null for any other body.
    /// </summary>
    private KnownEntity? CountyOf(KnownEntity body) =>
        body.Id.Split('.') is { Length: >= 4 } parts && gazetteer.ById.GetValueOrDefault($"region.{parts[1]}.{parts[2]}") is { Kind: EntityKind.Region } county ? county : null;

    private Mention? Counterpart(GazetteerMatch match, KnownEntity other, DocumentCity city)
    {
        var county = CountyOf(other);
        var home = county ?? gazetteer.Entities.FirstOrDefault(e => e.Kind == EntityKind.Region && e.Id.Split('.')[^1] == other.PlaceSlug);
        if (home is null)
        {
            return null;
        }

        var parts = other.Id.Split('.');
        var id = string.Join('.', [parts[0], city.Slug, .. parts[(county is null ? 2 : 3)..]]);
        var name = other.Name.Contains(home.Name, StringComparison.Ordinal)
            ? other.Name.Replace(home.Name, city.Name, StringComparison.Ordinal)
            : other.Name.Replace(DocumentCity.ShortOf(home.Name), city.ShortName, StringComparison.Ordinal);
        if (gazetteer.ById.TryGetValue(id, out var existing) || (existing = gazetteer.Lookup(name).FirstOrDefault()) is not null)
        {
            return Known(match, existing, 0.85) with { Method = "gazetteer+city" };
        }

        return new Mention(match.Start, match.End, id, other.Kind, name, true, "city-counterpart", 0.7)
        {
            Properties = other.Properties.Where(p => p.Key is "level" or "type").ToDictionary(p => p.Key, p => p.Value),
            Review = $"new: {city.Name}'s counterpart of {other.Id} ('{match.Name}'); check the official name",
        };
    }
}
