using InnoGraph.Neo4j.Errors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace InnoGraph.Neo4j.Resilience;

/// <summary>Outermost strategy: a timeout or an open circuit reaches callers as <see cref="Neo4jUnavailableException"/>.</summary>
internal sealed class TranslatingStrategy(Uri server) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback,
        ResilienceContext context,
        TState state)
    {
        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        return outcome.Exception switch
        {
            TimeoutRejectedException e => Outcome.FromException<TResult>(new Neo4jUnavailableException(server, "no answer in time", e)),
            BrokenCircuitException e => Outcome.FromException<TResult>(new Neo4jUnavailableException(server, "too many recent failures; requests are paused for a few seconds", e)),
            _ => outcome,
        };
    }
}
