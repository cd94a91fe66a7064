using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Thousands of directives: repeated non-repeatable ones, unknown ones, and directives everywhere they may stand.</summary>
internal static class DirectiveFloods
{
    public const string Family = "directive-flood";

    public static IReadOnlyList<HostileCase> Generate(int seed)
    {
        var cases = new FamilyCases(Family, seed);
        var counts = new[] { 2, 10, 100, 1000, 3000 }.Concat(Enumerable.Range(0, 10).Select(_ => cases.Random.Next(2, 3500))).ToList();
        foreach (var count in counts)
        {
            cases.Add($"@include ×{count} on one field", GraphQLRequests.Post($"{{ catalogue {Repeat(" @include(if: true)", count)} {{ kinds {{ name }} }} }}"), Expect.BadRequest());
            cases.Add($"@skip ×{count} on one field, from a variable", GraphQLRequests.Post($"query($s: Boolean!) {{ catalogue {Repeat(" @skip(if: $s)", count)} {{ kinds {{ name }} }} }}", new { s = false }), Expect.BadRequest());
            cases.Add($"{count} unknown directives", GraphQLRequests.Post("{ catalogue " + string.Concat(Enumerable.Range(0, count).Select(i => $" @x{i}")) + " { kinds { name } } }"), Expect.BadRequest());
            cases.Add($"unknown directive ×{count}", GraphQLRequests.Post($"{{ catalogue {Repeat(" @evil", count)} {{ kinds {{ name }} }} }}"), Expect.BadRequest());
            cases.Add($"@include ×{count} on a fragment spread", GraphQLRequests.Post($"{{ catalogue {{ ...K{Repeat(" @include(if: true)", count)} }} }} fragment K on Catalogue {{ kinds {{ name }} }}"), Expect.BadRequest());
            cases.Add($"@skip ×{count} on the operation", GraphQLRequests.Post($"query Q{Repeat(" @skip(if: false)", count)} {{ catalogue {{ kinds {{ name }} }} }}", operationName: "Q"), Expect.BadRequest());
            var fields = Math.Min(count, 1500);
            cases.Add($"{fields} aliased fields with one @include each", GraphQLRequests.Post("{ catalogue { " + string.Concat(Enumerable.Range(0, fields).Select(i => $"k{i}: kinds @include(if: true) {{ name @skip(if: false) }} ")) + "} }"));
        }

        foreach (var argument in new[] { "if: true, if: false", "if: \"yes\"", "if: [true]", "if: { a: true }", "", "if: $missing", "if: null" })
        {
            cases.Add($"@include({argument})", GraphQLRequests.Post($"{{ catalogue @include({argument}) {{ kinds {{ name }} }} }}"), Expect.BadRequest());
        }

        return cases.Cases;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
