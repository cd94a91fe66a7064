using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Storage;

/// <summary>
/// The names of the properties the storage format itself defines on nodes and relationships, next to
/// which each kind and relation type stores its typed catalogue properties (<see cref="PropertySpec"/>)
/// under their own names. No typed property may take one of these names.
/// </summary>
public static class StoredProperties
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Name = "name";
    public const string NameEn = "nameEn";
    public const string Aliases = "aliases";

    /// <summary>The script of each alias, at the alias's index.</summary>
    public const string AliasScripts = "aliasScripts";

    /// <summary>The normalised names that name search matches (<see cref="GraphEntity.SearchText"/>).</summary>
    public const string SearchText = "searchText";

    /// <summary>The keys of the <c>:NameKey</c> nodes that name the entity (<see cref="GraphEntity.NameKeys"/>).</summary>
    public const string NameKeys = "nameKeys";

    /// <summary>The keys of the <c>:SearchKey</c> nodes name search finds the entity through (<see cref="GraphEntity.SearchKeys"/>).</summary>
    public const string SearchKeys = "searchKeys";

    /// <summary>The locators of where the entity or relation is stated.</summary>
    public const string Sources = "sources";

    /// <summary>One of <see cref="StorageOrigins"/>.</summary>
    public const string Origin = "origin";

    /// <summary>The dataset version of the seed load that last wrote it.</summary>
    public const string SeedVersion = "seedVersion";

    /// <summary>Who last wrote it through the API.</summary>
    public const string UpdatedBy = "updatedBy";

    /// <summary>When it was last written through the API (ISO 8601, UTC).</summary>
    public const string UpdatedAt = "updatedAt";

    /// <summary>A relation's key, when two relations of its type join the same pair.</summary>
    public const string Key = "key";

    /// <summary>
    /// Every storage field of entities and relations: what a view of "all properties" leaves out to show only the
    /// typed catalogue properties. Entities and relations share the one list; neither has a typed property of these names.
    /// </summary>
    public static IReadOnlySet<string> Internal { get; } = new HashSet<string>(
        [Id, Kind, Name, NameEn, Aliases, AliasScripts, SearchText, NameKeys, SearchKeys, Sources, Origin, SeedVersion, UpdatedBy, UpdatedAt, Key],
        StringComparer.Ordinal);
}
