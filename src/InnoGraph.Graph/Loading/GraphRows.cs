using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// The property maps written for entities and relations. The storage conventions live here and
/// only here: reserved properties (id, kind, names, sources, origin) next to the typed ones.
/// </summary>
public static class GraphRows
{
    public const string SeedOrigin = "seed";

    public static Dictionary<string, object?> Entity(GraphEntity entity, string origin, string? seedVersion)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["kind"] = entity.Kind.ToString(),
            ["name"] = entity.Name,
            ["aliases"] = entity.Aliases.Select(a => a.Text).ToArray(),
            ["aliasScripts"] = entity.Aliases.Select(a => a.Script).ToArray(),
            ["sources"] = entity.Sources.ToArray(),
            ["searchText"] = entity.SearchText,
            ["origin"] = origin,
        };
        AddOptional(row, "nameEn", entity.NameEn);
        AddOptional(row, "seedVersion", seedVersion);
        foreach (var (name, value) in entity.Properties)
        {
            row[name] = value;
        }

        return row;
    }

    public static Dictionary<string, object?> Relation(GraphRelation relation, string origin, string? seedVersion)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relation.Id,
            ["sources"] = relation.Sources.ToArray(),
            ["origin"] = origin,
        };
        AddOptional(props, "key", relation.Key);
        AddOptional(props, "seedVersion", seedVersion);
        foreach (var (name, value) in relation.Properties)
        {
            props[name] = value;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal) { ["from"] = relation.From, ["to"] = relation.To, ["props"] = props };
    }

    private static void AddOptional(Dictionary<string, object?> row, string name, object? value)
    {
        if (value is not null)
        {
            row[name] = value;
        }
    }
}
