using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Storage;

/// <summary>The property maps of a relation's relationship, as the seed loader and the API's writes store them.</summary>
public static class StoredRelation
{
    /// <summary>The whole relationship as a seed load writes it (<c>SET r = props</c>), replacing what was there.</summary>
    public static Dictionary<string, object?> Seeded(GraphRelation relation, string seedVersion) =>
        StoredMap.Seeded(Facts(relation), relation.Id, relation.Sources, seedVersion);

    /// <summary>Set once, when an API write creates the relationship.</summary>
    public static Dictionary<string, object?> Created() => StoredMap.Created();

    /// <summary>
    /// What an API write sets on a new or existing relationship (<c>SET r += map</c>): its key, typed properties and
    /// who wrote it when. Typed properties not given stay as they are; sources are added to the stored ones.
    /// </summary>
    public static Dictionary<string, object?> Written(GraphRelation relation, string actor, string now) => StoredMap.Written(Facts(relation), actor, now);

    // The key is part of the id the relationship is merged on, so writing it again never changes it.
    private static Dictionary<string, object?> Facts(GraphRelation relation) =>
        StoredMap.Facts(new Dictionary<string, object?>(StringComparer.Ordinal) { [StoredProperties.Key] = relation.Key }, relation.Properties);
}
