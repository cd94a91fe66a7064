using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Lookup;

/// <summary>
/// Resolves an argument that names an entity (id, canonical name, English name or alias, in either
/// script) inside the statement. An exact id wins, then a canonical name, then any other name;
/// the candidates travel to the end so the API can say "not found" or "ambiguous" precisely.
/// </summary>
public static class EntityResolution
{
    public static string Resolve(CypherQuery query, string argument, string reference, IReadOnlyList<string> kinds, bool matchNumber = false)
    {
        var raw = reference.Trim();
        var names = new[] { raw, ChineseScript.ToSimplified(raw) }.Distinct().ToList();
        var c = query.Fresh("c");
        var candidates = query.Fresh("cands");
        var narrowed = query.Fresh("narrowed");
        var resolved = query.Fresh("ref");
        var y = query.Fresh("y");
        var a = query.Fresh("a");
        var id = query.Param(raw);
        var nameList = query.Param(names);
        var conditions = $"{c}.id = {id} OR {c}.name IN {nameList} OR toLower(coalesce({c}.nameEn, '')) = {query.Param(SearchText.Normalize(raw))} OR any({a} IN coalesce({c}.aliases, []) WHERE {a} IN {nameList})";
        if (matchNumber)
        {
            conditions += $" OR {c}.number = {id}";
        }

        var kindFilter = kinds.Count == 0 ? "" : $" AND {c}.kind IN {query.Param(kinds)}";
        query.Line($"OPTIONAL MATCH ({c}:Entity) WHERE ({conditions}){kindFilter}");
        query.With($"collect(DISTINCT {c}) AS {candidates}");
        query.With($"CASE WHEN size([{y} IN {candidates} WHERE {y}.id = {id}]) > 0 THEN [{y} IN {candidates} WHERE {y}.id = {id}] " +
            $"WHEN size([{y} IN {candidates} WHERE {y}.name IN {nameList}]) > 0 THEN [{y} IN {candidates} WHERE {y}.name IN {nameList}] " +
            $"ELSE {candidates} END AS {narrowed}");
        query.With($"{narrowed}, CASE WHEN size({narrowed}) = 1 THEN {narrowed}[0] END AS {resolved}");
        query.Carry(narrowed);
        query.Carry(resolved);
        query.References.Add((argument, narrowed));
        return resolved;
    }
}
