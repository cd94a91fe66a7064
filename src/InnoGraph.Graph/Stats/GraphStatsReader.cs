using InnoGraph.Graph.Cypher;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Stats;

/// <summary>Reads <see cref="GraphStats"/> in one round trip.</summary>
public sealed class GraphStatsReader(ICypherClient client)
{
    public async Task<GraphStats> ReadAsync(CancellationToken cancellationToken)
    {
        var results = await client.RunAsync(
            [new CypherStatement(CypherFiles.Get("stats/counts.cypher")), new CypherStatement(CypherFiles.Get("stats/relation-counts.cypher"))],
            WorkKind.RetrySafe,
            cancellationToken);
        return new GraphStats(ToDictionary(results[0]), ToDictionary(results[1]));
    }

    private static SortedDictionary<string, long> ToDictionary(CypherResult result) =>
        new(result.As<CountRow>().ToDictionary(r => r.Name ?? "(none)", r => r.Count), StringComparer.Ordinal);

    private sealed record CountRow(string? Name, long Count);
}
