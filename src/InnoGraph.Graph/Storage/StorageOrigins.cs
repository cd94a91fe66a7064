namespace InnoGraph.Graph.Storage;

/// <summary>
/// Where a stored entity or relation came from, kept in its <see cref="StoredProperties.Origin"/>.
/// A seed load removes only what has <see cref="Seed"/> and another seed version, so writes through the API stay.
/// </summary>
public static class StorageOrigins
{
    /// <summary>Loaded from the curated seeds.</summary>
    public const string Seed = "seed";

    /// <summary>Created through the API.</summary>
    public const string Api = "api";
}
