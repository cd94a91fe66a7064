using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading;

/// <summary>
/// How a read matches what a user typed against an entity's names: exactly (id, canonical name,
/// English name, alias, in either script) or as part of a name (the normalised search text).
/// </summary>
public static class NameMatch
{
    /// <summary>The forms a typed name is compared in: as typed and in simplified characters.</summary>
    public static IReadOnlyList<string> Forms(string typed)
    {
        var raw = typed.Trim();
        return new[] { raw, ChineseScript.ToSimplified(raw) }.Distinct().ToList();
    }

    /// <summary>Typed text as a parameter in the form names are searched in (see <see cref="SearchText"/>).</summary>
    public static string SearchKey(CypherQuery query, string text) => query.Param(SearchText.Normalize(text));

    /// <summary><paramref name="node"/> has the <see cref="SearchKey"/> in its name, English name or an alias (either script, any case).</summary>
    public static string Contains(CypherVariable node, string searchKey) =>
        $"coalesce({node}.searchText, toLower({node}.name)) CONTAINS {searchKey}";

    /// <summary><paramref name="node"/>'s canonical name or one of its aliases is one of <paramref name="forms"/> (a parameter).</summary>
    public static string NameOrAlias(CypherQuery query, CypherVariable node, string forms)
    {
        var a = query.Fresh("a");
        return $"{node}.name IN {forms} OR any({a} IN coalesce({node}.aliases, []) WHERE {a} IN {forms})";
    }

    /// <summary>
    /// Writes the clauses that collect, into the returned variable, the entities <paramref name="node"/> whose names may
    /// hold <paramref name="text"/> and that pass <paramref name="filter"/> (on <paramref name="node"/>): those linked
    /// from the rarest of the text's search keys (<see cref="SearchKeys.OfQuery"/>). A key no entity has finds none.
    /// </summary>
    public static CypherVariable Candidates(CypherQuery query, string text, CypherVariable node, string filter)
    {
        var key = query.Fresh("sk");
        var degree = query.Fresh("degree");
        var matched = query.Fresh("matched");
        query.Line($"OPTIONAL MATCH ({key}:SearchKey) WHERE {key}.key IN {query.Param(SearchKeys.OfQuery(text))}");
        query.With($"{key}, CASE WHEN {key} IS NULL THEN 0 ELSE size([({key})-[:SEARCHES]->() | 1]) END AS {degree}", $"ORDER BY {degree} LIMIT 1");
        query.Line($"OPTIONAL MATCH ({key})-[:SEARCHES]->({node}:Entity) WHERE {filter}");
        query.With($"collect({node}) AS {matched}");
        return matched;
    }
}
