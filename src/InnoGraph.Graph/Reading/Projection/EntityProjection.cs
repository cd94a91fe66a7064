using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>Projects an entity node into a map holding exactly the selected fields, keyed by response key.</summary>
public static class EntityProjection
{
    /// <summary>The key that tells which GraphQL type a projected entity is.</summary>
    public const string KindKey = "__kind";

    private static readonly HashSet<string> StoredFields = new(StringComparer.Ordinal)
    {
        "id", "kind", "name", "nameEn", "origin", "updatedBy", "updatedAt",
    };

    private static readonly HashSet<string> TypedProperties =
        EntityKinds.All.SelectMany(k => k.Properties).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Projects an expression (e.g. <c>row.task</c>). Pattern comprehensions need a variable, so the
    /// expression is first bound to a fresh one.
    /// </summary>
    public static string Project(CypherQuery query, string expression, IReadOnlyList<FieldSelection> selection)
    {
        var bound = query.Fresh("b");
        return $"head([{bound} IN [{expression}] | {Project(query, bound, selection)}])";
    }

    public static string Project(CypherQuery query, CypherVariable node, IReadOnlyList<FieldSelection> selection)
    {
        // Response keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*, enforced by the parser), so quoting them is safe.
        var entries = new List<string> { $"{KindKey}: {node}.kind" };
        foreach (var field in selection)
        {
            entries.Add($"`{field.ResponseKey}`: {Field(query, node, field)}");
        }

        return $"CASE WHEN {node} IS NULL THEN null ELSE {{{string.Join(", ", entries)}}} END";
    }

    private static string Field(CypherQuery query, CypherVariable node, FieldSelection field) => field.FieldName switch
    {
        _ when StoredFields.Contains(field.FieldName) || TypedProperties.Contains(field.FieldName) => $"{node}.{field.FieldName}",
        "aliases" => Aliases(query, node.Name),
        "sources" => Provenance.Of(query, $"{node}.sources"),
        "relations" => ConnectionProjection.Project(query, node, field),
        _ => throw new TranslationException(RefusalCodes.InvalidQuery, $"Field '{field.FieldName}' cannot be selected on an entity."),
    };

    /// <summary>An entity's aliases as <c>{name script}</c> maps, from an expression (e.g. <c>pair.a</c>).</summary>
    internal static string Aliases(CypherQuery query, string node)
    {
        var i = query.Fresh("i");
        return $"[{i} IN range(0, size(coalesce({node}.aliases, [])) - 1) | {{name: {node}.aliases[{i}], script: coalesce({node}.aliasScripts, [])[{i}]}}]";
    }
}
