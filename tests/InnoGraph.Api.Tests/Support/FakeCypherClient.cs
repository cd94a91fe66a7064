using System.Runtime.CompilerServices;
using System.Text.Json;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Api.Tests.Support;

/// <summary>Answers every statement with an empty result and records what it was sent.</summary>
internal sealed class FakeCypherClient : ICypherClient
{
    public List<IReadOnlyList<CypherStatement>> Requests { get; } = [];

    /// <summary>When set, every request fails with it (e.g. Neo4j unreachable).</summary>
    public Exception? Failure { get; set; }

    public RoundTripCounter RoundTrips { get; } = new();

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(statements);
        }

        // One batch is one HTTP request for the real client.
        RoundTripCounting.CountOne(RoundTrips);

        if (Failure is not null)
        {
            return Task.FromException<IReadOnlyList<CypherResult>>(Failure);
        }

        IReadOnlyList<CypherResult> results = statements.Select(_ => Empty()).ToList();
        return Task.FromResult(results);
    }

    public async Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken) =>
        (await RunAsync([statement], work, cancellationToken))[0];

    public async IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(CypherStatement statement, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }

    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ServerInfo("5.26.0", "community", Neo4jEndpoint.Transactional, "/db/neo4j/tx"));

    private static CypherResult Empty()
    {
        using var document = JsonDocument.Parse("""[null, []]""");
        var row = document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        return new CypherResult(["data", "__refs"], [row]);
    }
}
