namespace InnoGraph.Neo4j.Client;

/// <summary>One Cypher statement and its parameters. Parameters travel as JSON, never spliced into the text.</summary>
/// <param name="Text">The Cypher text.</param>
/// <param name="Parameters">Parameter values; anything <c>System.Text.Json</c> can serialise.</param>
/// <param name="IncludeStats">Ask Neo4j whether the statement changed the graph (see <see cref="CypherResult.ContainsUpdates"/>).</param>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?>? Parameters = null, bool IncludeStats = false)
{
    /// <summary>Creates a statement from text and a parameter object whose properties become the parameters.</summary>
    public static CypherStatement Of(string text, params (string Name, object? Value)[] parameters) =>
        new(text, parameters.ToDictionary(p => p.Name, p => p.Value));
}
