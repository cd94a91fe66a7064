namespace InnoGraph.Graph.Cypher;

/// <summary>List expressions that Cypher 3.1 has no function for.</summary>
public static class CypherLists
{
    /// <summary>The items of <paramref name="list"/> appended to <paramref name="start"/>, each once, in first-seen order.</summary>
    public static string Distinct(CypherQuery query, string list, string start = "[]")
    {
        var (acc, x) = (query.Fresh("acc"), query.Fresh("x"));
        return $"reduce({acc} = {start}, {x} IN {list} | CASE WHEN {x} IN {acc} THEN {acc} ELSE {acc} + {x} END)";
    }
}
