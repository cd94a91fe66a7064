using System.Diagnostics;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Neo4j.Http;
using InnoGraph.Neo4j.Resilience;
using Microsoft.Extensions.Logging;

namespace InnoGraph.Neo4j.Client;

/// <summary>
/// One Neo4j address the client sends to: its transport, what discovery found there and its own resilience, so
/// that a read replica that is down opens its own circuit, not the one in front of the server that takes writes.
/// </summary>
internal sealed class ServerConnection : IDisposable
{
    private readonly ILogger _logger;
    private readonly string _database;
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private DiscoveredEndpoints? _endpoints;

    public ServerConnection(HttpClient http, Uri server, Neo4jOptions options, RoundTripCounter roundTrips, ILogger logger, bool readOnly = false)
    {
        _logger = logger;
        _database = options.Database;
        Transport = new Neo4jTransport(http, server, options, roundTrips, readOnly);
        Resilience = new Neo4jResilience(options, server, logger);
    }

    public Neo4jTransport Transport { get; }

    public Neo4jResilience Resilience { get; }

    /// <summary>Runs statements in one implicit transaction: the Query API for one statement where the server has it, else the transactional endpoint.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken) =>
        await Resilience.ExecuteAsync(work, async token => await WithServerAsync(async endpoints =>
        {
            var started = Stopwatch.GetTimestamp();
            var response = statements.Count == 1 && endpoints.QueryApiPath is { } queryPath
                ? await Transport.PostQueryApiAsync(queryPath, statements[0], token)
                : await Transport.PostTransactionalAsync(endpoints.Info.TransactionPath + "/commit", statements, token);
            Neo4jLog.RoundTrip(_logger, statements.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response.Results;
        }, token), cancellationToken);

    /// <summary>
    /// Runs one attempt against the discovered server. When the server is gone (unreachable, 5xx) or refuses the
    /// credentials, what was discovered and the credentials are forgotten, so the next attempt — a retry or the next
    /// request — discovers the server and reads the password (file) again: a restarted, upgraded or re-keyed Neo4j is
    /// found without restarting this process.
    /// </summary>
    public async Task<T> WithServerAsync<T>(Func<DiscoveredEndpoints, Task<T>> action, CancellationToken cancellationToken)
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

    public void Forget()
    {
        if (Interlocked.Exchange(ref _endpoints, null) is not null)
        {
            Neo4jLog.ServerForgotten(_logger, Transport.Server);
        }

        Transport.Credentials.Invalidate();
    }

    public void Dispose()
    {
        Transport.Dispose();
        _discoveryLock.Dispose();
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
            var found = await Discovery.DiscoverAsync(Transport, _database, cancellationToken);
            var path = found.QueryApiPath ?? found.Info.TransactionPath;
            Neo4jLog.Discovered(_logger, found.Info.Version, found.Info.Edition, Transport.Server, found.Info.Endpoint.ToString(), path);
            _endpoints = found;
            return found;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }
}
