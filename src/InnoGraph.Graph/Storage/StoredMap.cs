namespace InnoGraph.Graph.Storage;

/// <summary>What entities and relations store alike around their facts: identity, provenance, origin, and who wrote them when.</summary>
internal static class StoredMap
{
    /// <summary>The reserved facts followed by the typed properties, under their own names.</summary>
    public static Dictionary<string, object?> Facts(Dictionary<string, object?> reserved, IReadOnlyDictionary<string, object> typed)
    {
        foreach (var (name, value) in typed)
        {
            reserved[name] = value;
        }

        return reserved;
    }

    /// <summary>
    /// The whole of what a seed load writes (<c>SET x = map</c>): the facts, the id, the sources, the seed origin and
    /// version. A fact without a value (no English name, no key) is left out, as it is not stored.
    /// </summary>
    public static Dictionary<string, object?> Seeded(Dictionary<string, object?> facts, string id, IReadOnlyList<string> sources, string seedVersion)
    {
        var map = facts.Where(f => f.Value is not null).ToDictionary(StringComparer.Ordinal);
        map[StoredProperties.Id] = id;
        map[StoredProperties.Sources] = sources.ToArray();
        map[StoredProperties.Origin] = StorageOrigins.Seed;
        map[StoredProperties.SeedVersion] = seedVersion;
        return map;
    }

    /// <summary>What an API write sets (<c>SET x += map</c>): the facts, a fact without a value as null so that a stored one is removed, and who wrote it when.</summary>
    public static Dictionary<string, object?> Written(Dictionary<string, object?> facts, string actor, string now)
    {
        facts[StoredProperties.UpdatedBy] = actor;
        facts[StoredProperties.UpdatedAt] = now;
        return facts;
    }

    /// <summary>What an API write sets once, when it creates the node or relationship.</summary>
    public static Dictionary<string, object?> Created() => new(StringComparer.Ordinal) { [StoredProperties.Origin] = StorageOrigins.Api };
}
