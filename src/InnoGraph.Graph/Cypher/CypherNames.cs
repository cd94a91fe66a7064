using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Cypher;

/// <summary>
/// Labels and relationship types as they appear in Cypher text, taken only from the catalogue
/// (kinds and relation types) and the two structural labels.
/// </summary>
public static class CypherNames
{
    /// <summary>The label every entity carries besides its kind's.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The label of source documents and reference sources.</summary>
    public const string DocumentLabel = "Document";

    /// <summary>A kind's label, e.g. <c>Task</c>.</summary>
    public static string Label(EntityKind kind) => EntityKinds.Of(kind).Label;

    /// <summary>A relation type's name, e.g. <c>PART_OF</c>.</summary>
    public static string Type(RelationType type) => RelationTypes.Of(type).Name;

    /// <summary>Kind names for an <c>n.kind IN $kinds</c> filter.</summary>
    public static IReadOnlyList<string> Kinds(IEnumerable<EntityKind> kinds) => [.. kinds.Select(k => k.ToString())];
}
