namespace InnoGraph.Graph.Cypher;

/// <summary>
/// How a statement fails itself: Cypher on 3.1 and 5.x has no statement to raise an error, so a write runs under a guard.
/// </summary>
public static class CypherGuard
{
    /// <summary>
    /// The one element a FOREACH runs over when <paramref name="ok"/> holds; otherwise an integer division by zero, which
    /// fails the statement (<c>Neo.ClientError.Statement.ArithmeticError</c>) and rolls back its transaction. The divisor is
    /// computed, not a literal: Neo4j 3.1 folds a literal <c>1/0</c> even in a branch not taken.
    /// </summary>
    public static string OnlyWhen(string ok) => $"range(1, 1 / CASE WHEN {ok} THEN 1 ELSE 0 END)";
}
