using InnoGraph.Neo4j.Client;

namespace InnoGraph.Integration.Tests.Support;

/// <summary>Every node and relation with its labels, type and properties, as sorted text: two equal snapshots are the same graph.</summary>
internal static class GraphSnapshot
{
    public static async Task<IReadOnlyList<string>> TakeAsync(ICypherClient client)
    {
        var results = await client.RunAsync(
            [
                new CypherStatement("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"),
                new CypherStatement("MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props"),
            ],
            WorkKind.RetrySafe,
            CancellationToken.None);
        return results.SelectMany(r => r.Rows.Select(row => string.Join(" ", row.Select(Canonical))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Canonical(System.Text.Json.JsonElement value) => value.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => "{" + string.Join(",", value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}:{Canonical(p.Value)}")) + "}",
        System.Text.Json.JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(Canonical)) + "]",
        _ => value.GetRawText(),
    };
}
