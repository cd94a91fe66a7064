using System.Collections.Concurrent;
using System.Reflection;

namespace InnoGraph.Bench.Infrastructure;

/// <summary>The benchmarks' own Cypher files (<c>bench/InnoGraph.Bench/cypher</c>), embedded and loaded by name.</summary>
public static class BenchCypher
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, Read);

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"bench/{name}")
            ?? throw new InvalidOperationException($"No embedded Cypher file 'bench/{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
