using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Support;

/// <summary>The plan Neo4j chooses for a statement, read with EXPLAIN (nothing runs) or PROFILE (as it ran).</summary>
internal static class QueryPlans
{
    /// <summary>The operators of the plan Neo4j chooses for <paramref name="statement"/> (EXPLAIN: nothing runs), with their arguments.</summary>
    public static Task<IReadOnlyList<string>> OperatorsAsync(SeededGraphFixture graph, CypherStatement statement) =>
        OperatorsAsync(graph.HttpUri, graph.User, graph.Password, statement);

    public static async Task<IReadOnlyList<string>> OperatorsAsync(Uri server, string user, string password, CypherStatement statement)
    {
        var operators = new List<string>();
        Walk(await PlanAsync(server, user, password, "EXPLAIN", statement), node => operators.Add(Operator(node)));
        return operators;
    }

    /// <summary>The operators of <paramref name="statement"/> as it ran (PROFILE), each with the rows it produced.</summary>
    public static async Task<IReadOnlyList<(string Operator, long Rows)>> ProfileAsync(Uri server, string user, string password, CypherStatement statement)
    {
        var operators = new List<(string, long)>();
        Walk(await PlanAsync(server, user, password, "PROFILE", statement), node => operators.Add((Operator(node), node.GetProperty("Rows").GetInt64())));
        return operators;
    }

    private static async Task<JsonElement> PlanAsync(Uri server, string user, string password, string mode, CypherStatement statement)
    {
        using var http = new HttpClient { BaseAddress = server };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement = $"{mode} {statement.Text}", parameters = statement.Parameters } } });
        using var response = await http.PostAsync("db/data/transaction/commit", new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("errors").GetArrayLength().Should().Be(0, json.RootElement.GetProperty("errors").ToString());
        return json.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root").Clone();
    }

    private static string Operator(JsonElement node) =>
        $"{node.GetProperty("operatorType").GetString()} {(node.TryGetProperty("identifiers", out var ids) ? ids.ToString() : "")}";

    private static void Walk(JsonElement node, Action<JsonElement> visit)
    {
        visit(node);
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, visit);
            }
        }
    }

    /// <summary>The operators that read every node of a label or an index, or every node: what a look-up by key must never plan.</summary>
    public static bool Scans(string op) =>
        op.StartsWith("AllNodesScan", StringComparison.Ordinal)
        || op.StartsWith("NodeByLabelScan", StringComparison.Ordinal)
        || op.StartsWith("NodeIndexScan", StringComparison.Ordinal);

    /// <summary>
    /// Nothing in <paramref name="plan"/> scans (but the few nodes of <paramref name="scanned"/>, if named), and each
    /// variable named is found by a seek of its unique index (its generated names in FOREACH clauses, e.g. <c>nameKey@267</c>, too).
    /// </summary>
    public static void ShouldSeekWithoutScanning(IReadOnlyList<string> plan, string? scanned, params string[] variables)
    {
        var shown = string.Join('\n', plan);
        plan.Should().NotContain(o => Scans(o) && (scanned == null || !o.Contains($"\"{scanned}\"", StringComparison.Ordinal)), shown);
        plan.Should().Contain(o => o.StartsWith("NodeUniqueIndexSeek", StringComparison.Ordinal), shown);
        foreach (var variable in variables)
        {
            plan.Should().Contain(o => o.StartsWith("NodeUniqueIndexSeek", StringComparison.Ordinal) && (o.Contains($"\"{variable}\"", StringComparison.Ordinal) || o.Contains($"\"  {variable}@", StringComparison.Ordinal)), $"{variable} is found by a seek of its unique index:\n{shown}");
        }
    }
}
