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

    /// <summary>
    /// <paramref name="node"/> has <paramref name="text"/> in its name, English name or an alias (either script, any case);
    /// a text that begins with a word (<see cref="SearchKeys"/>) only at the start of a word.
    /// </summary>
    public static string Holds(CypherQuery query, CypherVariable node, string text)
    {
        var key = SearchKey(query, text);
        var searched = $"coalesce({node}.searchText, toLower({node}.name))";
        var normalised = SearchText.Normalize(text);
        if (normalised.Length == 0 || !SearchKeys.WordCharacters.Contains(normalised[0]))
        {
            return $"{searched} CONTAINS {key}";
        }

        // The names start after a line break, so every word start has a character before it that is not a word's.
        var lines = $"'\\n' + {searched}";
        var i = query.Fresh("i");
        var wordCharacters = query.Param(SearchKeys.WordCharacters.Select(c => c.ToString()).ToArray());
        return $"{searched} CONTAINS {key} AND any({i} IN range(1, size({lines}) - size({key})) " +
            $"WHERE substring({lines}, {i}, size({key})) = {key} AND NOT substring({lines}, {i} - 1, 1) IN {wordCharacters})";
    }

    /// <summary><paramref name="node"/>'s canonical name or one of its aliases is one of <paramref name="forms"/> (a parameter).</summary>
    public static string NameOrAlias(CypherQuery query, CypherVariable node, string forms)
    {
        var a = query.Fresh("a");
        return $"{node}.name IN {forms} OR any({a} IN coalesce({node}.aliases, []) WHERE {a} IN {forms})";
    }

    /// <summary>
    /// Writes the clauses that collect, into the returned variable, the entities <paramref name="node"/> whose names may
    /// hold <paramref name="text"/> and that pass <paramref name="filter"/> (on <paramref name="node"/>): those linked
    /// from the rarest of the text's exact keys, or when it has none from every key that starts with its prefix (an
    /// index range seek; see <see cref="SearchKeys.Of(string)"/>). A key no entity has finds none.
    /// </summary>
    public static CypherVariable Candidates(CypherQuery query, string text, CypherVariable node, string filter)
    {
        var keys = SearchKeys.Of(text);
        var key = query.Fresh("sk");
        var matched = query.Fresh("matched");
        if (keys.Exact.Count == 0 && keys.Prefix is null)
        {
            query.With($"[] AS {matched}");
            return matched;
        }

        if (keys.Exact.Count == 0)
        {
            query.Line($"OPTIONAL MATCH ({key}:SearchKey) WHERE {key}.key STARTS WITH {query.Param(keys.Prefix)}");
            query.Line($"OPTIONAL MATCH ({key})-[:SEARCHES]->({node}:Entity) WHERE {filter}");
            query.With($"collect(DISTINCT {node}) AS {matched}");
            return matched;
        }

        var degree = query.Fresh("degree");
        query.Line($"OPTIONAL MATCH ({key}:SearchKey) WHERE {key}.key IN {query.Param(keys.Exact)}");
        query.With($"{key}, CASE WHEN {key} IS NULL THEN 0 ELSE size([({key})-[:SEARCHES]->() | 1]) END AS {degree}", $"ORDER BY {degree} LIMIT 1");
        query.Line($"OPTIONAL MATCH ({key})-[:SEARCHES]->({node}:Entity) WHERE {filter}");
        query.With($"collect({node}) AS {matched}");
        return matched;
    }
}
