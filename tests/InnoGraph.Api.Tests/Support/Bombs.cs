using System.Text;

namespace InnoGraph.Api.Tests.Support;

/// <summary>Hostile documents that are small as text and huge once expanded.</summary>
internal static class Bombs
{
    /// <summary>A "laughs" fragment bomb: each level spreads the next ten times.</summary>
    public static string Fragments(int levels)
    {
        var text = new StringBuilder("{ catalogue { ...L0 } }");
        for (var i = 0; i < levels; i++)
        {
            text.Append($" fragment L{i} on Catalogue {{ {string.Concat(Enumerable.Repeat($"...L{i + 1} ", 10))}}}");
        }

        text.Append($" fragment L{levels} on Catalogue {{ kinds {{ name }} }}");
        return text.ToString();
    }

    /// <summary><paramref name="count"/> aliased copies of one root field.</summary>
    public static string Aliases(int count, string field) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: {field} ")) + "}";
}
