using InnoGraph.Domain.Model;
using InnoGraph.Domain.Text;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Graph.Lookup;

/// <summary>
/// Resolves an argument that names an entity (id, canonical name, English name or alias, in either
/// script) inside the statement. An exact id wins, then a canonical name, then any other name;
/// the candidates travel to the end so the API can say "not found" or "ambiguous" precisely.
/// Candidates are only ever found through an index: the id's unique constraint, the
/// <c>:NameKey</c> nodes of the typed name (<see cref="NameKeys"/>) and, for tasks, the number's index;
/// the exact rules then pick among them.
/// </summary>
public static class EntityResolution
{
    /// <param name="kinds">Only entities of these kinds are candidates; none means any kind.</param>
    /// <param name="matchNumber">A task's number (e.g. <c>2.1</c>) names it too.</param>
    public static CypherVariable Resolve(CypherQuery query, string argument, string reference, IReadOnlyList<EntityKind> kinds, bool matchNumber = false)
    {
        var raw = reference.Trim();
        var c = query.Fresh("c");
        var k = query.Fresh("k");
        var found = query.Fresh("found");
        var candidates = query.Fresh("cands");
        var narrowed = query.Fresh("narrowed");
        var resolved = query.Fresh("ref");
        var y = query.Fresh("y");
        var id = query.Param(raw);
        var nameList = query.Param(NameMatch.Forms(raw));
        query.Line($"OPTIONAL MATCH ({c}:Entity {{id: {id}}})");
        query.With($"collect({c}) AS {found}");
        // Untyped: a name key has only NAMES links, and a statement with a shortestPath predicate falls back to 3.1's
        // rule planner, whose typed pattern matcher fails on Java 17.
        query.Line($"OPTIONAL MATCH ({k}:NameKey)-->({c}:Entity) WHERE {k}.key IN {query.Param(NameKeys.OfTyped(raw))}");
        query.With($"{found} + collect({c}) AS {found}");
        var conditions = $"{y}.id = {id} OR toLower(coalesce({y}.nameEn, '')) = {query.Param(SearchText.Normalize(raw))} OR {NameMatch.NameOrAlias(query, y, nameList)}";
        if (matchNumber)
        {
            query.Line($"OPTIONAL MATCH ({c}:Entity {{number: {id}}})");
            query.With($"{found} + collect({c}) AS {found}");
            conditions += $" OR {y}.number = {id}";
        }

        var kindFilter = kinds.Count == 0 ? "" : $" AND {y}.kind IN {query.Param(CypherNames.Kinds(kinds))}";
        query.With($"{CypherLists.Distinct(query, $"[{y} IN {found} WHERE ({conditions}){kindFilter}]")} AS {candidates}");
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
