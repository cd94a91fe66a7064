using System.Runtime.CompilerServices;
using System.Text.Json;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InnoGraph.Neo4j.Client;

/// <summary>
/// <see cref="ICypherClient"/> over Neo4j's HTTP APIs. Discovers the server on first use; runs
/// single statements through the Query API v2 where the server has it, and multi-statement
/// requests and explicit transactions through the transactional endpoint, which every version has.
/// With <see cref="Neo4jOptions.ReadUri"/> set, <see cref="ReadAsync"/> and <see cref="StreamAsync"/> go there and everything else
/// to <see cref="Neo4jOptions.Uri"/>.
/// </summary>
public sealed class Neo4jHttpClient : ICypherClient, IDisposable
{
    private readonly ServerConnection _main;
    private readonly ServerConnection _read;

    /// <summary>Creates the client; <paramref name="http"/> comes from the HTTP client factory. A read endpoint, when configured, gets an HTTP client of its own.</summary>
    public Neo4jHttpClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<Neo4jHttpClient> logger)
        : this(http, null, options, logger)
    {
    }

    /// <summary>Creates the client with the HTTP client of the read endpoint given (<paramref name="readHttp"/>; ignored without <see cref="Neo4jOptions.ReadUri"/>).</summary>
    public Neo4jHttpClient(HttpClient http, HttpClient? readHttp, IOptions<Neo4jOptions> options, ILogger<Neo4jHttpClient> logger)
    {
        var value = options.Value;
        _main = new ServerConnection(http, value.ServerUri, value, RoundTrips, logger);
        _read = value.ReadServerUri is { } readUri
            ? new ServerConnection(readHttp ?? CreateHttpClient(), readUri, value, RoundTrips, logger, readOnly: true)
            : _main;
        Logger = logger;
    }

    /// <summary>
    /// One client per server for the life of the process: it holds the discovered endpoint, the
    /// circuit breaker and the round-trip count, so it is a singleton, not a transient typed client.
    /// Connections are pooled and kept alive between requests. A compressed answer is accepted: Neo4j 3.1 never sends
    /// one (measured, <c>bench/README.md</c>), but a proxy in front of a remote server or cluster may.
    /// </summary>
    public static HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            AutomaticDecompression = System.Net.DecompressionMethods.GZip,
        });

    /// <summary>Creates a client without dependency injection (command line, tests).</summary>
    public static Neo4jHttpClient Create(Neo4jOptions options, ILoggerFactory? loggers = null) =>
        new(CreateHttpClient(), Options.Create(options), (loggers ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).CreateLogger<Neo4jHttpClient>());

    /// <inheritdoc />
    public RoundTripCounter RoundTrips { get; } = new();

    private ILogger Logger { get; }

    /// <inheritdoc />
    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) =>
        await _main.Resilience.ExecuteAsync(WorkKind.RetrySafe, async token => await _main.WithServerAsync(e => Task.FromResult(e.Info), token), cancellationToken);

    /// <inheritdoc />
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        await GetServerInfoAsync(cancellationToken);
        if (!ReferenceEquals(_read, _main))
        {
            await _read.Resilience.ExecuteAsync(WorkKind.RetrySafe, async token => await _read.WithServerAsync(e => Task.FromResult(e.Info), token), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken) =>
        (await RunAsync([statement], work, cancellationToken))[0];

    /// <inheritdoc />
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken) =>
        _main.RunAsync(statements, work, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CypherResult>> ReadAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken) =>
        _read.RunAsync(statements, WorkKind.RetrySafe, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(
        CypherStatement statement, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await _read.Resilience.ExecuteAsync(
            WorkKind.RetrySafe,
            async token => await _read.WithServerAsync(endpoints => _read.Transport.PostForStreamAsync(endpoints.Info.TransactionPath + "/commit", statement, token), token),
            cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var row in StreamingRowReader.ReadAsync(body, cancellationToken))
        {
            yield return row;
        }
    }

    /// <inheritdoc />
    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        BeginAsync(WorkKind.RetrySafe, cancellationToken); // opening a transaction writes nothing

    /// <inheritdoc />
    public async Task<T> InTransactionAsync<T>(Func<ICypherTransaction, CancellationToken, Task<T>> work, WorkKind kind, CancellationToken cancellationToken) =>
        await _main.Resilience.ExecuteUnitAsync(
            kind,
            async token =>
            {
                // When the whole unit is retried, opening is one request per attempt, so MaxRetries bounds the attempts
                // rather than multiplying with a retry of the opening itself.
                await using var transaction = await BeginAsync(kind == WorkKind.RetrySafe ? WorkKind.NotRetrySafe : WorkKind.RetrySafe, token);
                var result = await work(transaction, token);
                await transaction.CommitAsync(null, token);
                return result;
            },
            cancellationToken);

    /// <summary>Releases the connections.</summary>
    public void Dispose()
    {
        _main.Dispose();
        if (!ReferenceEquals(_read, _main))
        {
            _read.Dispose();
        }
    }

    private async Task<ICypherTransaction> BeginAsync(WorkKind opening, CancellationToken cancellationToken)
    {
        var opened = await _main.Resilience.ExecuteAsync(
            opening,
            async token => await _main.WithServerAsync(endpoints => _main.Transport.PostTransactionalAsync(endpoints.Info.TransactionPath, [], token), token),
            cancellationToken);
        var location = opened.TransactionUri
            ?? throw new InvalidOperationException("Neo4j opened a transaction without telling where it is (no Location header).");
        return new HttpCypherTransaction(_main.Transport, _main.Resilience, Logger, location.IsAbsoluteUri ? location.AbsolutePath : location.ToString(), _main.Forget);
    }
}
