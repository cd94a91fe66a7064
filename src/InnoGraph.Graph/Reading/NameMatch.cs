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
}
