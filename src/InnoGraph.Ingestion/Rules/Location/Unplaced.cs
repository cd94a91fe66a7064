using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules.Location;

/// <summary>
/// The bodies the location rule covers that get a place from the ingestion: every new one, and every known one the
/// graph has no place for (and no <see cref="LocationRule.UnknownProperty"/>), unless the text states its place or it
/// is only a partner named in a co-built body's name or a parent named in its branch's name.
/// </summary>
public static class Unplaced
{
    public static IReadOnlyList<EntityProposal> Among(IEnumerable<EntityProposal> entities, GazetteerIndex gazetteer, IReadOnlySet<string> statedPlaced)
    {
        var placed = gazetteer.Relations.Select(r => r.Split('|')).Where(r => r.Length >= 3 && r[1] == "LOCATED_IN").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        return [.. entities.Where(e => LocationRule.Applies(e.Kind) && !statedPlaced.Contains(e.Id) && !placed.Contains(e.Id) && (e.IsNew || !HasUnknownPlace(gazetteer, e.Id))
            && !e.Evidence.All(v => v.Method is PartnerInName.Method or BranchParent.Method))];
    }

    private static bool HasUnknownPlace(GazetteerIndex gazetteer, string id) =>
        gazetteer.ById.GetValueOrDefault(id)?.Properties.ContainsKey(LocationRule.UnknownProperty) ?? false;
}
