using InnoGraph.Neo4j.Errors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace InnoGraph.Neo4j.Resilience;

/// <summary>
/// Sits inside the retry and outside the circuit breaker: a timeout or an open circuit becomes
/// <see cref="Neo4jUnavailableException"/>, so the retry, like every caller, sees only the client's own errors.
/// </summary>
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
            BrokenCircuitException e => Outcome.FromException<TResult>(Neo4jUnavailableException.CircuitOpen(server, e)),
            _ => outcome,
        };
    }
}
