using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Lookup;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Lookup;

/// <summary>The statement <see cref="EntityResolution"/> writes for one typed reference, run or explained on the seeded graph.</summary>
internal static class NameLookups
{
    public static CypherStatement Statement(string reference, IReadOnlyList<EntityKind>? kinds = null, bool matchNumber = false)
    {
        var query = new CypherQuery();
        var resolved = EntityResolution.Resolve(query, "ref", reference, kinds ?? [], matchNumber);
        query.Return($"{resolved}.id");
        return query.Build();
    }

    /// <summary>The ids of the candidates the reference names (one when it resolves).</summary>
    public static async Task<IReadOnlyList<string>> CandidatesAsync(SeededGraphFixture graph, string reference, IReadOnlyList<EntityKind>? kinds = null, bool matchNumber = false)
    {
        var result = await graph.Cypher.RunAsync(Statement(reference, kinds, matchNumber), WorkKind.RetrySafe, CancellationToken.None);
        return result.Value(0, "__refs")[0].GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The operators of the plan Neo4j chooses for <paramref name="statement"/> (EXPLAIN: nothing runs), with their arguments.</summary>
    public static async Task<IReadOnlyList<string>> PlanOperatorsAsync(SeededGraphFixture graph, CypherStatement statement)
    {
        using var http = new HttpClient { BaseAddress = graph.HttpUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{graph.User}:{graph.Password}")));
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement = "EXPLAIN " + statement.Text, parameters = statement.Parameters } } });
        using var response = await http.PostAsync("db/data/transaction/commit", new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("errors").GetArrayLength().Should().Be(0, json.RootElement.GetProperty("errors").ToString());
        var operators = new List<string>();
        Walk(json.RootElement.GetProperty("results")[0].GetProperty("plan").GetProperty("root"), operators);
        return operators;
    }

    private static void Walk(JsonElement node, List<string> operators)
    {
        operators.Add($"{node.GetProperty("operatorType").GetString()} {(node.TryGetProperty("identifiers", out var ids) ? ids.ToString() : "")}");
        if (node.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, operators);
            }
        }
    }
}
