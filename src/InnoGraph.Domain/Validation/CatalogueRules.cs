using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Validation;

/// <summary>The allowlists as rules for written input: kinds, relation types, scripts and the id prefix of each kind.</summary>
public static class CatalogueRules
{
    /// <summary>The kind named <paramref name="name"/>, when it is one that seeds and writes may declare (documents are declared as sources).</summary>
    public static EntityKindSpec? WritableKind(string name, out string? error)
    {
        var spec = EntityKinds.Find(name);
        if (spec is null || spec.Kind == EntityKind.Document)
        {
            error = $"unknown kind {Quoted.Of(name)}: use one of {string.Join(", ", EntityKinds.All.Where(k => k.Kind != EntityKind.Document).Select(k => k.Label))}";
            return null;
        }

        error = null;
        return spec;
    }

    public static RelationTypeSpec? RelationType(string name, out string? error)
    {
        var spec = RelationTypes.Find(name);
        error = spec is null ? $"unknown relation type {Quoted.Of(name)}: use one of {string.Join(", ", RelationTypes.All.Select(r => r.Name))}" : null;
        return spec;
    }

    public static string? Script(string script) =>
        Scripts.All.Contains(script) ? null : $"unknown script {Quoted.Of(script)}: use one of {string.Join(", ", Scripts.All)}";

    /// <summary>The id's form and its kind's prefix.</summary>
    public static string? Id(string id, EntityKindSpec? spec) =>
        !EntityId.IsValid(id) ? EntityId.Describe(id)
        : spec is not null && !id.StartsWith(spec.IdPrefix + ".", StringComparison.Ordinal) ? $"id '{id}' of a {spec.Label} must start with '{spec.IdPrefix}.'"
        : null;
}
