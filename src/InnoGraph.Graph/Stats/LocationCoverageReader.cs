using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Stats;

/// <summary>Reads the graph's <see cref="LocationCoverage"/> per kind of the <see cref="LocationRule"/>, in one query.</summary>
public sealed class LocationCoverageReader(ICypherClient client)
{
    public async Task<IReadOnlyList<LocationCoverage>> ReadAsync(CancellationToken cancellationToken)
    {
        var kinds = LocationRule.Kinds.Select(k => k.ToString()).ToList();
        var result = await client.RunAsync(
            CypherStatement.Of(CypherFiles.Get("stats/location-coverage.cypher"), ("kinds", kinds)),
            WorkKind.RetrySafe,
            cancellationToken);
        var rows = result.As<CoverageRow>().ToDictionary(r => r.Kind, StringComparer.Ordinal);
        return kinds.Select(k => rows.TryGetValue(k, out var row) ? new LocationCoverage(k, row.Located, row.WithReason, row.Total) : new LocationCoverage(k, 0, 0, 0)).ToList();
    }

    private sealed record CoverageRow(string Kind, long Located, long WithReason, long Total);
}
