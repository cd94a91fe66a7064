using System.Collections.Concurrent;
using System.Reflection;

namespace InnoGraph.Graph.Cypher;

/// <summary>The Cypher files of <c>cypher/</c>, embedded in this assembly and loaded by name (e.g. <c>load/upsert-entities.cypher</c>).</summary>
public static class CypherFiles
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, Read);

    /// <summary>The statements of a file holding several, split on ';' at line ends, comments dropped.</summary>
    public static IReadOnlyList<string> Statements(string name) =>
        WithoutComments(name)
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimEnd(';'))
            .Where(s => s.Length > 0)
            .ToList();

    /// <summary>The file's text without its comment lines, for a fragment that goes into a longer statement.</summary>
    public static string WithoutComments(string name) =>
        string.Join('\n', Get(name).Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"cypher/{name}")
            ?? throw new InvalidOperationException($"No embedded Cypher file 'cypher/{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
