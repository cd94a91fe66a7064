using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// The "laughs" bomb: fragment Ln spreads L(n+1) many times, so a document of about a kilobyte
/// expands to fan^levels fields. It must be refused from the document's size, never expanded.
/// </summary>
internal static class FragmentBombs
{
    public const string Family = "fragment-bomb";

    private static readonly (string Type, string Root, string Leaf)[] Shapes =
    [
        ("Catalogue", "catalogue", "kinds { name }"),
        ("Catalogue", "catalogue", "relationTypes { name fromKinds toKinds }"),
        ("Query", "", "catalogue { kinds { name } }"),
        ("Query", "", "documents { id title }"),
    ];

    public static IReadOnlyList<HostileCase> Generate(int seed)
    {
        var cases = new FamilyCases(Family, seed);
        // Deepest first: on a server that expands them, the first ones never end and keep its CPU busy
        // after the family has stopped sending, which the idle check after the run then sees.
        for (var levels = 16; levels >= 6; levels--)
        {
            foreach (var shape in Shapes)
            {
                Add(cases, levels, 10, shape, named: cases.Random.Next(2) == 0);
            }

            var fan = cases.Random.Next(3, 10);
            Add(cases, levels, fan, Shapes[cases.Random.Next(Shapes.Length)], named: true);
            Add(cases, levels, 10, Shapes[0], named: false, aliased: true);
        }

        return cases.Cases;
    }

    private static void Add(FamilyCases cases, int levels, int fan, (string Type, string Root, string Leaf) shape, bool named, bool aliased = false)
    {
        var document = new StringBuilder();
        var spread = "...L0";
        document.Append(named ? "query Bomb " : "").Append(shape.Root.Length == 0 ? $"{{ {spread} }}" : $"{{ {shape.Root} {{ {spread} }} }}");
        for (var level = 0; level < levels; level++)
        {
            document.Append($"\nfragment L{level} on {shape.Type} {{");
            for (var i = 0; i < fan; i++)
            {
                document.Append(aliased ? $" a{i}: __typename ...L{level + 1}" : $" ...L{level + 1}");
            }

            document.Append(" }");
        }

        document.Append($"\nfragment L{levels} on {shape.Type} {{ {shape.Leaf} }}");

        // Only bombs of at least a million fields are certainly over any sane limit.
        var huge = Math.Pow(fan, levels) >= 1e6;
        cases.Add($"{levels} levels × {fan} spreads on {shape.Type}{(aliased ? " with aliases" : "")}", GraphQLRequests.Post(document.ToString(), operationName: named ? "Bomb" : null), huge ? Expect.BadRequest() : null);
    }
}
