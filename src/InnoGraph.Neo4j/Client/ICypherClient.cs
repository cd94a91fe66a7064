using System.Text.Json;

namespace InnoGraph.Neo4j.Client;

/// <summary>Runs Cypher on Neo4j over its HTTP API.</summary>
public interface ICypherClient
{
    /// <summary>Runs statements in one implicit transaction (one HTTP round trip) and returns one result per statement.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs read-only statements in one implicit transaction (one round trip), retried as <see cref="WorkKind.RetrySafe"/> work.
    /// Where a read endpoint is configured (<c>NEO4J_READ_URI</c>, e.g. a read replica) they go there, and may not yet
    /// see the latest writes; everything else goes to the main endpoint.
    /// </summary>
    Task<IReadOnlyList<CypherResult>> ReadAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        RunAsync(statements, WorkKind.RetrySafe, cancellationToken);

    /// <summary>Runs one statement in an implicit transaction.</summary>
    Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken);

    /// <summary>Streams the rows of one read statement without buffering the whole response; like <see cref="ReadAsync"/>, from the read endpoint where one is configured.</summary>
    IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(CypherStatement statement, CancellationToken cancellationToken);

    /// <summary>Begins an explicit transaction that spans several requests until committed or rolled back.</summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; any failure rolls the whole transaction
    /// back. When <paramref name="kind"/> is <see cref="WorkKind.RetrySafe"/> and the error is retriable
    /// (<see cref="Errors.Neo4jException.IsRetriable"/>), the whole unit runs again in a new transaction, as
    /// <c>Neo4j:MaxRetries</c> and <c>Neo4j:RetryBaseDelay</c> allow — only correct when the work is idempotent.
    /// </summary>
    /// <remarks>Without a retry policy of its own (a test double), a client runs the unit once.</remarks>
    async Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, WorkKind kind, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginTransactionAsync(cancellationToken);
        var result = await work(transaction, cancellationToken);
        await transaction.CommitAsync(null, cancellationToken);
        return result;
    }

    /// <summary>Discovers every endpoint the client sends to (the main one, and the read endpoint where one is configured), so that the first request costs one round trip.</summary>
    async Task WarmUpAsync(CancellationToken cancellationToken) => await GetServerInfoAsync(cancellationToken);

    /// <summary>What the server is and which endpoint is used; discovered on first use.</summary>
    Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken);

    /// <summary>Counts HTTP requests sent to Neo4j (round trips), retries included.</summary>
    RoundTripCounter RoundTrips { get; }
}
