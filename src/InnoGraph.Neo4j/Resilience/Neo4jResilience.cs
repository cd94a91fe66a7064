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
/// The resilience around units of work, and the one place that decides whether to send work again
/// (<see cref="ShouldRetry"/>): only <see cref="WorkKind.RetrySafe"/> work, only when the error says
/// <see cref="Neo4jException.IsRetriable"/>, at most <see cref="Neo4jOptions.MaxRetries"/> times with jittered
/// exponential backoff from <see cref="Neo4jOptions.RetryBaseDelay"/>. Retry is a per-unit-of-work decision: every
/// Neo4j HTTP call is a POST, so "retry safe methods" would mean never retrying.
/// </summary>
/// <remarks>
/// A request runs retry → translation → circuit breaker → timeout, each attempt timed out on its own. An explicit
/// transaction is retried as a whole by the same retry, around requests that each have the rest.
/// </remarks>
public sealed class Neo4jResilience
{
    private static readonly ResiliencePropertyKey<WorkKind> Work = new("InnoGraph.Neo4j.WorkKind");

    private readonly ResiliencePipeline _request;
    private readonly ResiliencePipeline _unit;

    /// <summary>Builds the pipelines from the options, for the server at <see cref="Neo4jOptions.Uri"/>.</summary>
    public Neo4jResilience(Neo4jOptions options, ILogger logger)
        : this(options, options.ServerUri, logger)
    {
    }

    /// <summary>Builds the pipelines from the options, for the server at <paramref name="server"/> (named in its errors).</summary>
    public Neo4jResilience(Neo4jOptions options, Uri server, ILogger logger)
    {
        _unit = Retry(options, logger);
        _request = new ResiliencePipelineBuilder()
            .AddPipeline(_unit)
            .AddStrategy(_ => new TranslatingStrategy(server), new TranslatingStrategyOptions())
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jUnavailableException>().Handle<TimeoutRejectedException>(),
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(10),
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.RequestTimeout })
            .Build();
    }

    /// <summary>Whether work of this kind that failed with this error is sent again.</summary>
    public static bool ShouldRetry(WorkKind work, Exception? error) =>
        work == WorkKind.RetrySafe && error is Neo4jException { IsRetriable: true };

    /// <summary>Runs one request under the timeout and circuit breaker, retried as its kind allows.</summary>
    public ValueTask<T> ExecuteAsync<T>(WorkKind work, Func<CancellationToken, ValueTask<T>> action, CancellationToken cancellationToken) =>
        RunAsync(_request, work, action, cancellationToken);

    /// <summary>
    /// Runs a unit of several requests (an explicit transaction) again as a whole as its kind allows; each request in it
    /// brings its own timeout and circuit breaker.
    /// </summary>
    public ValueTask<T> ExecuteUnitAsync<T>(WorkKind work, Func<CancellationToken, ValueTask<T>> unit, CancellationToken cancellationToken) =>
        RunAsync(_unit, work, unit, cancellationToken);

    private static async ValueTask<T> RunAsync<T>(ResiliencePipeline pipeline, WorkKind work, Func<CancellationToken, ValueTask<T>> action, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(Work, work);
            return await pipeline.ExecuteAsync(static (context, action) => action(context.CancellationToken), context, action);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ResiliencePipeline Retry(Neo4jOptions options, ILogger logger) =>
        options.MaxRetries <= 0
            ? ResiliencePipeline.Empty // Polly needs at least one retry; none configured means no retry strategy at all
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context.Properties.GetValue(Work, WorkKind.NotRetrySafe), args.Outcome.Exception)),
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
                .Build();
}
