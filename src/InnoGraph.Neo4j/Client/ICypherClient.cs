using System.Text.Json;

namespace InnoGraph.Neo4j.Client;

/// <summary>Runs Cypher on Neo4j over its HTTP API.</summary>
public interface ICypherClient
{
    /// <summary>Runs statements in one implicit transaction (one HTTP round trip) and returns one result per statement.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken);

    /// <summary>Runs one statement in an implicit transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken);

    /// <summary>Streams the rows of one read statement without buffering the whole response.</summary>
    IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(CypherStatement statement, CancellationToken cancellationToken);

    /// <summary>Begins an explicit transaction that spans several requests until committed or rolled back.</summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>What the server is and which endpoint is used; discovered on first use.</summary>
    Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken);

    /// <summary>Counts HTTP requests sent to Neo4j (round trips), retries included.</summary>
    RoundTripCounter RoundTrips { get; }
}
