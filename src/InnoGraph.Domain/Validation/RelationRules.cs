using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Validation;

/// <summary>What a relation must be to join two entities: two different entities that exist, of kinds its type joins.</summary>
public static class RelationRules
{
    /// <summary>The message for an endpoint, mention or reference whose id no entity has.</summary>
    public static string NoSuchEntity(string id) => $"no entity has the id '{id}'";

    public static string? NotToItself(string from, string to) => from == to ? $"a relation from '{from}' to itself" : null;

    /// <summary>Whether a relation of <paramref name="spec"/> may start at <paramref name="id"/>, an entity of <paramref name="kind"/>.</summary>
    public static string? Start(RelationTypeSpec spec, string id, EntityKind kind) =>
        spec.AllowsFrom(kind) ? null : $"{spec.Name} cannot start at a {kind} ('{id}'): it starts at {string.Join(", ", spec.FromKinds)}";

    /// <summary>Whether a relation of <paramref name="spec"/> may end at <paramref name="id"/>, an entity of <paramref name="kind"/>.</summary>
    public static string? End(RelationTypeSpec spec, string id, EntityKind kind) =>
        spec.AllowsTo(kind) ? null : $"{spec.Name} cannot end at a {kind} ('{id}'): it ends at {string.Join(", ", spec.ToKinds)}";
}
