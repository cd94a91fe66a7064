using System.Security.Cryptography;
using System.Text;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>A hash of every node and relation with all their properties, and the lines behind it to show what changed.</summary>
internal sealed record GraphFingerprint(string Hash, IReadOnlyList<string> Lines)
{
    public static async Task<GraphFingerprint> TakeAsync(ICypherClient client)
    {
        var lines = await GraphSnapshot.TakeAsync(client);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        return new GraphFingerprint(hash, lines);
    }

    /// <summary>What is in <paramref name="after"/> and not here (+) and the reverse (−), a few lines of each.</summary>
    public string Difference(GraphFingerprint after, int shown = 8)
    {
        var added = after.Lines.Except(Lines, StringComparer.Ordinal).ToList();
        var removed = Lines.Except(after.Lines, StringComparer.Ordinal).ToList();
        return $"{Lines.Count} → {after.Lines.Count} lines; {added.Count} added, {removed.Count} removed\n"
            + string.Join("\n", added.Take(shown).Select(l => "  + " + Expect.Shorten(l, 200)).Concat(removed.Take(shown).Select(l => "  - " + Expect.Shorten(l, 200))));
    }
}
