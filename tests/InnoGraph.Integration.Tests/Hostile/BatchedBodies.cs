using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>A JSON array of requests as the body: the API does not batch, so every form is refused and nothing in it runs.</summary>
internal static class BatchedBodies
{
    public const string Family = "batched-array";

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context)
    {
        var cases = new FamilyCases(Family, seed);
        var query = GraphQLRequests.Json("{ catalogue { kinds { name } } }");
        var write = GraphQLRequests.Json($$"""mutation { upsertEntity(input: { id: "inst.hostile-batched", kind: "Institute", name: "批量数组测试院", sources: ["{{HostileContext.Locator}}"] }) { id } }""");
        foreach (var count in new[] { 0, 1, 2, 3, 10, 100, 500, 1000 }.Concat(Enumerable.Range(0, 8).Select(_ => cases.Random.Next(2, 1200))))
        {
            cases.Add($"{count} queries in an array", GraphQLRequests.RawJson(Array(query, count)), Expect.Refused());
            cases.Add($"{count} writes in an array, with a key", GraphQLRequests.RawJson(Array(write, Math.Min(count, 300)), context.Key), Expect.Refused());
        }

        cases.Add("an array of arrays", GraphQLRequests.RawJson($"[[{query}],[{query}]]"), Expect.Refused());
        cases.Add("an array of strings", GraphQLRequests.RawJson("[\"{ catalogue { kinds { name } } }\"]"), Expect.Refused());
        cases.Add("an array of nulls", GraphQLRequests.RawJson("[null,null]"), Expect.Refused());
        cases.Add("an array with a write first", GraphQLRequests.RawJson($"[{write},{query}]", context.Key), Expect.Refused());
        cases.Add("an array nested 5000 deep", GraphQLRequests.RawJson(new StringBuilder().Insert(0, "[", 5000).Append(query).Insert(5000 + query.Length, "]", 5000).ToString()), Expect.Refused());
        return cases.Cases;
    }

    private static string Array(string element, int count) => "[" + string.Join(",", Enumerable.Repeat(element, count)) + "]";
}
