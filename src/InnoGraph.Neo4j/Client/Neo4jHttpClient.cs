using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using InnoGraph.Neo4j.Configuration;
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
        (await EndpointsAsync(cancellationToken)).Info;

    /// <inheritdoc />
    public async Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken) =>
        (await RunAsync([statement], work, cancellationToken))[0];

    /// <inheritdoc />
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken)
    {
        var endpoints = await EndpointsAsync(cancellationToken);
        return await _resilience.ExecuteAsync(work, async token =>
        {
            var started = Stopwatch.GetTimestamp();
            var response = statements.Count == 1 && endpoints.QueryApiPath is { } queryPath
                ? await _transport.PostQueryApiAsync(queryPath, statements[0], token)
                : await _transport.PostTransactionalAsync(endpoints.Info.TransactionPath + "/commit", statements, token);
            Neo4jLog.RoundTrip(_logger, statements.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response.Results;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyDictionary<string, JsonElement>> StreamAsync(
        CypherStatement statement, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var endpoints = await EndpointsAsync(cancellationToken);
        using var response = await _resilience.ExecuteAsync(
            WorkKind.RetrySafe,
            async token => await _transport.PostForStreamAsync(endpoints.Info.TransactionPath + "/commit", statement, token),
            cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var row in StreamingRowReader.ReadAsync(body, cancellationToken))
        {
            yield return row;
        }
    }

    /// <inheritdoc />
    public async Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        var endpoints = await EndpointsAsync(cancellationToken);
        var opened = await _resilience.ExecuteAsync(
            WorkKind.RetrySafe,
            async token => await _transport.PostTransactionalAsync(endpoints.Info.TransactionPath, [], token),
            cancellationToken);
        var location = opened.TransactionUri
            ?? throw new InvalidOperationException("Neo4j opened a transaction without telling where it is (no Location header).");
        return new HttpCypherTransaction(_transport, _resilience, _logger, location.IsAbsoluteUri ? location.AbsolutePath : location.ToString());
    }

    /// <summary>Releases the connections.</summary>
    public void Dispose()
    {
        _transport.Dispose();
        _discoveryLock.Dispose();
    }

    private async Task<DiscoveredEndpoints> EndpointsAsync(CancellationToken cancellationToken)
    {
        if (_endpoints is { } known)
        {
            return known;
        }

        await _discoveryLock.WaitAsync(cancellationToken);
        try
        {
            if (_endpoints is null)
            {
                var found = await _resilience.ExecuteAsync(
                    WorkKind.RetrySafe,
                    async token => await Discovery.DiscoverAsync(_transport, _database, token),
                    cancellationToken);
                var path = found.QueryApiPath ?? found.Info.TransactionPath;
                Neo4jLog.Discovered(_logger, found.Info.Version, found.Info.Edition, _transport.Server, found.Info.Endpoint.ToString(), path);
                _endpoints = found;
            }

            return _endpoints;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }
}
