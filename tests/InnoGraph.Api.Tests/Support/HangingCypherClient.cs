using System.Text.Json;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Tests.Support;

/// <summary>Never answers a batch until cancelled, and tells when the cancellation arrived.</summary>
internal sealed class HangingCypherClient : ICypherClient
{
    private readonly FakeCypherClient _inner = new();

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RoundTripCounter RoundTrips => _inner.RoundTrips;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }

        return [];
    }

    public Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken) => _inner.RunAsync(statement, work, cancellationToken);

    public IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(CypherStatement statement, CancellationToken cancellationToken) => _inner.StreamAsync(statement, cancellationToken);

    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => _inner.BeginTransactionAsync(cancellationToken);

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => _inner.GetServerInfoAsync(cancellationToken);
}
