using System.Text.Json;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Neo4j.Http;

/// <summary>Reads the JSON bodies of Neo4j's HTTP APIs into results and errors.</summary>
internal static class ResponseParser
{
    /// <summary>Parses a transactional-endpoint body: <c>{"results":[{"columns":[],"data":[{"row":[]}]}],"errors":[]}</c>.</summary>
    public static TransactionResponse ParseTransactional(JsonElement root, Uri? transactionUri)
    {
        var results = new List<CypherResult>();
        if (root.TryGetProperty("results", out var resultsJson))
        {
            foreach (var result in resultsJson.EnumerateArray())
            {
                var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
                var rows = result.GetProperty("data").EnumerateArray()
                    .Select(d => (IReadOnlyList<JsonElement>)d.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToList())
                    .ToList();
                var updates = result.TryGetProperty("stats", out var stats)
                    && (Flag(stats, "contains_updates") || Flag(stats, "contains_system_updates"));
                results.Add(new CypherResult(columns, rows, updates));
            }
        }

        return new TransactionResponse(results, ParseErrors(root), transactionUri);
    }

    /// <summary>Parses a Query API v2 body: <c>{"data":{"fields":[],"values":[[]]}}</c> or <c>{"errors":[]}</c>.</summary>
    public static TransactionResponse ParseQueryApi(JsonElement root)
    {
        var results = new List<CypherResult>();
        if (root.TryGetProperty("data", out var data))
        {
            var columns = data.GetProperty("fields").EnumerateArray().Select(c => c.GetString()!).ToList();
            var rows = data.GetProperty("values").EnumerateArray()
                .Select(r => (IReadOnlyList<JsonElement>)r.EnumerateArray().Select(v => v.Clone()).ToList())
                .ToList();
            results.Add(new CypherResult(columns, rows));
        }

        return new TransactionResponse(results, ParseErrors(root), null);
    }

    private static bool Flag(JsonElement stats, string name) =>
        stats.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    public static IReadOnlyList<Neo4jError> ParseErrors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return errors.EnumerateArray()
            .Select(e => new Neo4jError(
                e.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                e.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "",
                e.TryGetProperty("stackTrace", out var stackTrace) && stackTrace.ValueKind == JsonValueKind.String ? stackTrace.GetString() : null))
            .ToList();
    }
}
