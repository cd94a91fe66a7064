using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Neo4j.Http;
using InnoGraph.Neo4j.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InnoGraph.Neo4j.Client;

/// <summary>
/// <see cref="ICypherClient"/> over Neo4j's HTTP APIs. Discovers the server on first use; runs
/// single statements through the Query API v2 where the server has it, and multi-statement
/// requests and explicit transactions through the transactional endpoint, which every version has.
/// </summary>
public sealed class Neo4jHttpClient : ICypherClient, IDisposable
{
    private readonly Neo4jTransport _transport;
    private readonly Neo4jResilience _resilience;
    private readonly ILogger _logger;
    private readonly string _database;
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private DiscoveredEndpoints? _endpoints;

    /// <summary>Creates the client; <paramref name="http"/> comes from the HTTP client factory.</summary>
    public Neo4jHttpClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<Neo4jHttpClient> logger)
    {
        var value = options.Value;
        _logger = logger;
        _database = value.Database;
        _transport = new Neo4jTransport(http, value, RoundTrips);
        _resilience = new Neo4jResilience(value, logger);
    }

    /// <summary>
    /// One client per server for the life of the process: it holds the discovered endpoint, the
    /// circuit breaker and the round-trip count, so it is a singleton, not a transient typed client.
    /// </summary>
    public static HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), ConnectTimeout = TimeSpan.FromSeconds(5) });

    /// <summary>Creates a client without dependency injection (command line, tests).</summary>
    public static Neo4jHttpClient Create(Neo4jOptions options, ILoggerFactory? loggers = null) =>
        new(CreateHttpClient(), Options.Create(options), (loggers ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).CreateLogger<Neo4jHttpClient>());

    /// <inheritdoc />
    public RoundTripCounter RoundTrips { get; } = new();

    /// <inheritdoc />
    public async Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) =>
        await _resilience.ExecuteAsync(WorkKind.RetrySafe, async token => await WithServerAsync(e => Task.FromResult(e.Info), token), cancellationToken);

    /// <inheritdoc />
    public async Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken) =>
        (await RunAsync([statement], work, cancellationToken))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken) =>
        await _resilience.ExecuteAsync(work, async token => await WithServerAsync(async endpoints =>
        {
            var started = Stopwatch.GetTimestamp();
            var response = statements.Count == 1 && endpoints.QueryApiPath is { } queryPath
                ? await _transport.PostQueryApiAsync(queryPath, statements[0], token)
                : await _transport.PostTransactionalAsync(endpoints.Info.TransactionPath + "/commit", statements, token);
            Neo4jLog.RoundTrip(_logger, statements.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response.Results;
        }, token), cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(
        CypherStatement statement, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await _resilience.ExecuteAsync(
            WorkKind.RetrySafe,
            async token => await WithServerAsync(endpoints => _transport.PostForStreamAsync(endpoints.Info.TransactionPath + "/commit", statement, token), token),
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
        await _resilience.ExecuteUnitAsync(
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

    private async Task<ICypherTransaction> BeginAsync(WorkKind opening, CancellationToken cancellationToken)
    {
        var opened = await _resilience.ExecuteAsync(
            opening,
            async token => await WithServerAsync(endpoints => _transport.PostTransactionalAsync(endpoints.Info.TransactionPath, [], token), token),
            cancellationToken);
        var location = opened.TransactionUri
            ?? throw new InvalidOperationException("Neo4j opened a transaction without telling where it is (no Location header).");
        return new HttpCypherTransaction(_transport, _resilience, _logger, location.IsAbsoluteUri ? location.AbsolutePath : location.ToString(), Forget);
    }

    /// <summary>Releases the connections.</summary>
    public void Dispose()
    {
        _transport.Dispose();
        _discoveryLock.Dispose();
    }

    /// <summary>
    /// Runs one attempt against the discovered server. When the server is gone (unreachable, 5xx) or refuses the
    /// credentials, what was discovered and the credentials are forgotten, so the next attempt — a retry or the next
    /// request — discovers the server and reads the password (file) again: a restarted, upgraded or re-keyed Neo4j is
    /// found without restarting this process.
    /// </summary>
    private async Task<T> WithServerAsync<T>(Func<DiscoveredEndpoints, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action(await EndpointsAsync(cancellationToken));
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jAuthenticationException)
        {
            Forget();
            throw;
        }
    }

    private void Forget()
    {
        if (Interlocked.Exchange(ref _endpoints, null) is not null)
        {
            Neo4jLog.ServerForgotten(_logger, _transport.Server);
        }

        _transport.Credentials.Invalidate();
    }

    private async Task<DiscoveredEndpoints> EndpointsAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _endpoints) is { } known)
        {
            return known;
        }

        await _discoveryLock.WaitAsync(cancellationToken);
        try
        {
            if (_endpoints is { } raced)
            {
                return raced;
            }

            // Runs inside the caller's resilience pipeline: a failed discovery is retried with the request.
            var found = await Discovery.DiscoverAsync(_transport, _database, cancellationToken);
            var path = found.QueryApiPath ?? found.Info.TransactionPath;
            Neo4jLog.Discovered(_logger, found.Info.Version, found.Info.Edition, _transport.Server, found.Info.Endpoint.ToString(), path);
            _endpoints = found;
            return found;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }
}
