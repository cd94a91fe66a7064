using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace InnoGraph.Graph.Cypher;

/// <summary>The Cypher files of <c>cypher/</c>, embedded in this assembly and loaded by name (e.g. <c>load/upsert-entities.cypher</c>).</summary>
public static partial class CypherFiles
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

    /// <summary>
    /// The file's statement with each <c>{{Placeholder}}</c> replaced by its fragment (a label, type or clause chosen by
    /// code, never input). Comment lines go first, so a placeholder named in a comment is never filled; a placeholder
    /// given but absent, or present but not given, is a programming error.
    /// </summary>
    public static string Fill(string name, params (string Placeholder, string Fragment)[] fragments)
    {
        var text = WithoutComments(name);
        foreach (var (placeholder, fragment) in fragments)
        {
            var marker = "{{" + placeholder + "}}";
            if (!text.Contains(marker, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"cypher/{name} has no {marker} to fill.");
            }

            text = text.Replace(marker, fragment, StringComparison.Ordinal);
        }

        var unfilled = Placeholder().Match(text);
        return unfilled.Success
            ? throw new InvalidOperationException($"cypher/{name} still has {unfilled.Value}: give it a fragment.")
            : text;
    }

    [GeneratedRegex(@"\{\{\w+\}\}")]
    private static partial Regex Placeholder();

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"cypher/{name}")
            ?? throw new InvalidOperationException($"No embedded Cypher file 'cypher/{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
