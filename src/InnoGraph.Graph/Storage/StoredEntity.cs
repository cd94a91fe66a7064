using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Storage;

/// <summary>The property maps of an entity's node, as the seed loader and the API's writes store them.</summary>
public static class StoredEntity
{
    /// <summary>The whole node as a seed load writes it (<c>SET e = row</c>), replacing what was there.</summary>
    public static Dictionary<string, object?> Seeded(GraphEntity entity, string seedVersion)
    {
        var row = StoredMap.Seeded(Facts(entity), entity.Id, entity.Sources, seedVersion);
        row[StoredProperties.Kind] = entity.Kind.ToString();
        return row;
    }

    /// <summary>Set once, when an API write creates the node: its kind (which never changes) and its origin.</summary>
    public static Dictionary<string, object?> Created(GraphEntity entity)
    {
        var row = StoredMap.Created();
        row[StoredProperties.Kind] = entity.Kind.ToString();
        return row;
    }

    /// <summary>
    /// What an API write sets on a new or existing node (<c>SET n += map</c>): names, search text, typed properties
    /// and who wrote it when. A missing English name is null, which removes the stored one. Typed properties not
    /// given stay as they are, and the write's sources are added to the stored ones, not put in their place.
    /// </summary>
    public static Dictionary<string, object?> Written(GraphEntity entity, string actor, string now) => StoredMap.Written(Facts(entity), actor, now);

    private static Dictionary<string, object?> Facts(GraphEntity entity) => StoredMap.Facts(
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [StoredProperties.Name] = entity.Name,
            [StoredProperties.NameEn] = entity.NameEn,
            [StoredProperties.Aliases] = entity.Aliases.Select(a => a.Text).ToArray(),
            [StoredProperties.AliasScripts] = entity.Aliases.Select(a => a.Script).ToArray(),
            [StoredProperties.SearchText] = entity.SearchText,
            [StoredProperties.NameKeys] = entity.NameKeys.ToArray(),
            [StoredProperties.SearchKeys] = entity.SearchKeys.ToArray(),
        },
        entity.Properties);
}
