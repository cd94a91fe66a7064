using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Many aliases of expensive root fields, each within the per-field limits; the request as a whole must be refused.</summary>
internal static class AliasFloods
{
    public const string Family = "alias-flood";

    private static readonly string[] Expensive =
    [
        $$"""neighbourhood(ids: ["{{HostileContext.Hub}}"], depth: 3, limit: 500) { nodes { id label } edges { id source target } }""",
        """neighbourhood(ids: ["region.zhejiang", "region.jiaxing", "region.hangzhou"], depth: 3, limit: 500) { nodes { id } }""",
    ];

    private static readonly string[] Other =
    [
        $$"""collaborationNetwork(city: "{{HostileContext.Hub}}", depth: 3) { nodes { id } edges { id } }""",
        $$"""shortestPath(from: "{{HostileContext.Hub}}", to: "region.hangzhou", maxLength: 10) { nodes { id } }""",
        """search(text: "院", first: 100) { id relations(first: 100) { edges { node { id } } } }""",
        """entities(first: 100) { edges { node { id relations(first: 100) { totalCount } } } }""",
        """responsibilityNetwork { nodes { id } edges { id via { id } } }""",
        """cityCollaboration { nodes { id } edges { id via { id } } }""",
    ];

    public static IReadOnlyList<HostileCase> Generate(int seed)
    {
        var cases = new FamilyCases(Family, seed);
        for (var count = 50; count <= 200; count += 10)
        {
            var field = Expensive[cases.Random.Next(Expensive.Length)];
            cases.Add($"{count} aliases of {field[..field.IndexOf('{')]}", GraphQLRequests.Post(Flood(field, count)), Expect.Refused());
        }

        foreach (var field in Other)
        {
            foreach (var count in new[] { 50, 100, 200 })
            {
                cases.Add($"{count} aliases of {field[..Math.Min(40, field.Length)]}", GraphQLRequests.Post(Flood(field, count)));
            }
        }

        foreach (var count in new[] { 1000, 2000, 4000 })
        {
            cases.Add($"{count} aliases of catalogue", GraphQLRequests.Post(Flood("catalogue { kinds { name } }", count)), Expect.Refused());
            cases.Add($"{count} aliases of documents", GraphQLRequests.Post(Flood("documents { id }", count)), Expect.Refused());
        }

        return cases.Cases;
    }

    private static string Flood(string field, int count)
    {
        var document = new StringBuilder("{");
        for (var i = 0; i < count; i++)
        {
            document.Append($" a{i}: {field}");
        }

        return document.Append(" }").ToString();
    }
}
