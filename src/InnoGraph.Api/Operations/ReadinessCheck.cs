using InnoGraph.Api.Hosting;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Answers <c>/readyz</c> from one shared Neo4j check: the answer is reused for
/// <see cref="ReadinessOptions.CacheDuration"/> and concurrent probes wait on the check in flight,
/// so however many probes arrive, Neo4j is asked at most once per interval.
/// </summary>
internal sealed class ReadinessCheck(ICypherClient cypher, TimeProvider clock, IOptions<ApiOptions> options, ILogger<ReadinessCheck> logger)
{
    // A check serves many probes, so no single probe's cancellation may end it; this bounds it instead.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

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
            await cypher.RunAsync(new CypherStatement("RETURN 1 AS ok"), WorkKind.RetrySafe, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is Neo4jException || (e is OperationCanceledException && timeout.IsCancellationRequested))
        {
            ApiLog.ReadinessFailed(logger, e);
            return false;
        }
    }
}
