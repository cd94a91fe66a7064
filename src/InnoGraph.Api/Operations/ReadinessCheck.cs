using InnoGraph.Api.Hosting;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Errors;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Answers <c>/readyz</c> from one shared Neo4j check: the answer is reused for
/// <see cref="ReadinessOptions.CacheDuration"/> and concurrent probes wait on the check in flight,
/// so however many probes arrive, Neo4j is asked at most once per interval. Where a read endpoint is configured
/// (<c>NEO4J_READ_URI</c>), queries depend on it and mutations on the main one, so both are asked.
/// </summary>
internal sealed class ReadinessCheck(ICypherClient cypher, TimeProvider clock, IOptions<ApiOptions> options, IOptions<Neo4jOptions> neo4j, ILogger<ReadinessCheck> logger)
{
    // A check serves many probes, so no single probe's cancellation may end it; this bounds it instead.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    private static readonly CypherStatement Probe = new("RETURN 1 AS ok");

    private readonly Lock _gate = new();
    private Task<bool>? _check;
    private long _startedAt;

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var reusable = _check is not null
                && (!_check.IsCompleted || clock.GetElapsedTime(_startedAt) < options.Value.Readiness.CacheDuration);
            if (!reusable)
            {
                _startedAt = clock.GetTimestamp();
                _check = CheckAsync();
            }

            return _check!.WaitAsync(cancellationToken);
        }
    }

    private async Task<bool> CheckAsync()
    {
        using var timeout = new CancellationTokenSource(CheckTimeout);
        try
        {
            var main = cypher.RunAsync(Probe, WorkKind.RetrySafe, timeout.Token);
            var read = neo4j.Value.ReadServerUri is null ? Task.CompletedTask : cypher.ReadAsync([Probe], timeout.Token);
            await Task.WhenAll(main, read);
            return true;
        }
        catch (Exception e) when (e is Neo4jException || (e is OperationCanceledException && timeout.IsCancellationRequested))
        {
            ApiLog.ReadinessFailed(logger, e);
            return false;
        }
    }
}
