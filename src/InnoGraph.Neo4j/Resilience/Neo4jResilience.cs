using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Errors;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace InnoGraph.Neo4j.Resilience;

/// <summary>
/// The resilience pipelines around units of work. Retry is a per-unit-of-work decision: every
/// Neo4j HTTP call is a POST, so "retry safe methods" would mean never retrying. Retry-safe work
/// is retried with jittered exponential backoff on transient errors and on an unreachable server;
/// other work only gets the timeout and the shared circuit breaker.
/// </summary>
public sealed class Neo4jResilience
{
    private readonly ResiliencePipeline _retrySafe;
    private readonly ResiliencePipeline _notRetrySafe;

    /// <summary>Builds the pipelines from the options.</summary>
    public Neo4jResilience(Neo4jOptions options, ILogger logger)
    {
        var server = options.ServerUri;
        var breaker = new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jUnavailableException>().Handle<TimeoutRejectedException>(),
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = options.BreakDuration,
            })
            .Build();

        var timeout = new ResiliencePipelineBuilder()
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.RequestTimeout })
            .Build();

        _notRetrySafe = new ResiliencePipelineBuilder()
            .AddPipeline(Translate(server))
            .AddPipeline(breaker)
            .AddPipeline(timeout)
            .Build();

        _retrySafe = options.MaxRetries <= 0
            ? _notRetrySafe
            : new ResiliencePipelineBuilder()
                .AddPipeline(Translate(server))
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder()
                        .Handle<Neo4jTransientException>()
                        .Handle<Neo4jUnavailableException>()
                        .Handle<TimeoutRejectedException>(),
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    OnRetry = args =>
                    {
                        Neo4jLog.Retrying(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message ?? "");
                        return ValueTask.CompletedTask;
                    },
                })
                .AddPipeline(breaker)
                .AddPipeline(timeout)
                .Build();
    }

    /// <summary>Runs a unit of work under the pipeline its kind calls for.</summary>
    public ValueTask<T> ExecuteAsync<T>(WorkKind work, Func<CancellationToken, ValueTask<T>> action, CancellationToken cancellationToken) =>
        (work == WorkKind.RetrySafe ? _retrySafe : _notRetrySafe).ExecuteAsync(action, cancellationToken);

    /// <summary>Turns Polly's own rejections (timeout, open circuit) into the client's exception.</summary>
    private static ResiliencePipeline Translate(Uri server) =>
        new ResiliencePipelineBuilder().AddStrategy(_ => new TranslatingStrategy(server), new TranslatingStrategyOptions()).Build();
}
