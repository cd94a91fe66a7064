using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Selection sets, list values and input objects nested past the query depth limit and past the parser's own depth.</summary>
internal static class DeepNesting
{
    public const string Family = "deep-nesting";

    private const int ParserDepth = 128;

    private const int MaxDocument = 60_000;

    public static IReadOnlyList<HostileCase> Generate(int seed)
    {
        var cases = new FamilyCases(Family, seed);
        var depths = new[] { 16, 20, 30, 64, 127, 129, 200, 500, 1000, 3000, 8000 }
            .Concat(Enumerable.Range(0, 14).Select(_ => cases.Random.Next(16, 9000)))
            .ToList();
        var shapes = new (string Name, Func<int, string> Document, bool AlwaysTooDeep)[]
        {
            ("relations", Relations, true),
            ("unknown fields", d => Repeat("{ a ", d) + Repeat("} ", d), true),
            ("list value", d => $"{{ search(text: \"x\", kinds: {Repeat("[", d)}\"Institute\"{Repeat("]", d)}) {{ id }} }}", true),
            ("input object", d => $"{{ entity(id: {Repeat("{ a: ", d)}1{Repeat(" }", d)}) {{ id }} }}", true),
            ("inline fragments", d => "{ catalogue { " + Repeat("... on Catalogue { ", d) + "kinds { name } " + Repeat("} ", d) + "} }", false),
            ("variable default", d => $"query($v: [String!] = {Repeat("[", d)}\"x\"{Repeat("]", d)}) {{ search(text: \"x\", kinds: $v) {{ id }} }}", true),
        };
        foreach (var (name, document, alwaysTooDeep) in shapes)
        {
            // Kept under the body limit: a larger document is the oversized-body family's.
            var perLevel = document(2).Length - document(1).Length;
            var deepest = (MaxDocument - document(0).Length) / perLevel;
            foreach (var wanted in depths)
            {
                var depth = Math.Min(wanted, deepest);
                cases.Add($"{name} nested {depth} deep", GraphQLRequests.Post(document(depth)), alwaysTooDeep || depth > ParserDepth ? Expect.BadRequest() : null);
            }
        }

        return cases.Cases;
    }

    private static string Relations(int depth)
    {
        var open = new StringBuilder($"{{ entity(id: \"{HostileContext.Hub}\") {{ ");
        var close = new StringBuilder("} }");
        for (var i = 0; i < depth; i++)
        {
            open.Append("relations(first: 1) { edges { node { ");
            close.Insert(0, "} } } ");
        }

        return open.Append("id ").Append(close).ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
