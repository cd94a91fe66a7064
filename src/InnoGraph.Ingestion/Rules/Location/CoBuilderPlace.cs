using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Rules.Location;

/// <summary>
/// Where a body stands whose place neither the text nor its name states, when it was co-built by a county, district or
/// town (某区与某大学共建X) or by the government of one (某市某区人民政府, by the one county, district or town its name carries): there,
/// not in the document's city. Only when its co-builders name one such place.
/// </summary>
public sealed class CoBuilderPlace(GazetteerIndex gazetteer)
{
    public const string Method = "co-builder-place";

    public string? Of(string bodyId, IEnumerable<RelationProposal> relations, IReadOnlyDictionary<string, EntityProposal> entities)
    {
        var places = relations.Where(r => r.From == bodyId && r.Type == RelationType.CoBuiltWith)
            .Select(r => PlaceOf(r.To, entities))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return places is [var place] ? place : null;
    }

    private string? PlaceOf(string partnerId, IReadOnlyDictionary<string, EntityProposal> entities)
    {
        if (IsBelowCity(partnerId))
        {
            return partnerId;
        }

        if (entities.GetValueOrDefault(partnerId) is not { Kind: EntityKind.GovernmentBody } partner)
        {
            return null;
        }

        var inName = gazetteer.Match(partner.Name).SelectMany(m => m.Candidates).Select(c => c.Id).Where(IsBelowCity).Distinct(StringComparer.Ordinal).ToList();
        return inName is [var place] ? place : null;
    }

    private bool IsBelowCity(string regionId) =>
        gazetteer.ById.GetValueOrDefault(regionId) is { Kind: EntityKind.Region } region && region.Properties.GetValueOrDefault("level") is "county" or "district" or "town";
}
