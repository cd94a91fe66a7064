using System.Text.Json;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Integration.Tests.Support;

/// <summary>A real client that counts the transactions run through it, each committed once however often it was retried.</summary>
internal sealed class TransactionCountingClient(ICypherClient inner) : ICypherClient
{
    private int _transactions;

    public int Transactions => _transactions;

    public RoundTripCounter RoundTrips => inner.RoundTrips;

    public async Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, WorkKind kind, CancellationToken cancellationToken)
    {
        var result = await inner.InTransactionAsync(work, kind, cancellationToken);
        Interlocked.Increment(ref _transactions);
        return result;
    }

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken) =>
        inner.RunAsync(statements, work, cancellationToken);

    public Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken) =>
        inner.RunAsync(statement, work, cancellationToken);

    public IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        inner.StreamAsync(statement, cancellationToken);

    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => inner.BeginTransactionAsync(cancellationToken);

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => inner.GetServerInfoAsync(cancellationToken);
}
