using System.Text.Json;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Neo4j.Http;

/// <summary>
/// Reads Neo4j's discovery document (<c>GET /</c>) and picks the endpoint: the Query API v2 where
/// the server advertises it (5.19+, Aura), otherwise the transactional endpoint of 4.x–5.x
/// (<c>/db/{db}/tx</c>) or of 3.x (<c>/db/data/transaction</c>).
/// </summary>
internal static class Discovery
{
    public static async Task<DiscoveredEndpoints> DiscoverAsync(Neo4jTransport transport, string database, CancellationToken cancellationToken)
    {
        var root = await transport.GetJsonAsync("/", cancellationToken);
        var escapedDatabase = Uri.EscapeDataString(database);

        if (root.TryGetProperty("transaction", out var transaction))
        {
            var version = StringOrNull(root, "neo4j_version") ?? "unknown";
            var edition = StringOrNull(root, "neo4j_edition");
            var txPath = PathOf(transaction.GetString()!).Replace("{databaseName}", escapedDatabase, StringComparison.Ordinal);
            var queryPath = root.TryGetProperty("query", out var query)
                ? PathOf(query.GetString()!).Replace("{databaseName}", escapedDatabase, StringComparison.Ordinal)
                : null;
            var endpoint = queryPath is null ? Neo4jEndpoint.Transactional : Neo4jEndpoint.QueryApiV2;
            return new DiscoveredEndpoints(new ServerInfo(version, edition, endpoint, txPath), queryPath);
        }

        if (root.TryGetProperty("data", out var data))
        {
            // Keep the trailing slash: without it 3.x redirects, and a redirect drops the credentials.
            var service = await transport.GetJsonAsync(PathOf(data.GetString()!) + "/", cancellationToken);
            var version = StringOrNull(service, "neo4j_version") ?? "3";
            var txPath = service.TryGetProperty("transaction", out var tx) ? PathOf(tx.GetString()!) : "/db/data/transaction";
            return new DiscoveredEndpoints(new ServerInfo(version, "community", Neo4jEndpoint.Transactional, txPath), null);
        }

        throw new InvalidOperationException(
            $"{transport.Server} answered GET / without a 'transaction' or 'data' entry: it does not look like Neo4j's HTTP port. Point NEO4J_URI at Neo4j's HTTP address (default port 7474).");
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string PathOf(string advertised) =>
        Uri.TryCreate(advertised, UriKind.Absolute, out var uri)
            ? Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/')
            : advertised.TrimEnd('/');
}
