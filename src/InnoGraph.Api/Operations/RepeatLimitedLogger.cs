namespace InnoGraph.Api.Operations;

/// <summary>
/// The logger of a category whose failure events (<see cref="ApiLog.IsRepeatLimited"/>) go through
/// the <see cref="RepeatLimiter"/>, keyed by event and the entry's status or code. Registered in
/// place of <c>ILogger&lt;T&gt;</c> for the API's own types, so call sites stay plain log calls.
/// </summary>
internal sealed class RepeatLimitedLogger<T>(ILoggerFactory factory, RepeatLimiter limiter) : ILogger<T>
{
    private readonly ILogger _inner = factory.CreateLogger<T>();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!ApiLog.IsRepeatLimited(eventId.Id))
        {
            _inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        if (!_inner.IsEnabled(logLevel) || !limiter.TryEnter(Key(eventId, state), out var suppressed))
        {
            return;
        }

        if (suppressed == 0)
        {
            _inner.Log(logLevel, eventId, state, exception, formatter);
            return;
        }

        var seconds = limiter.Interval.TotalSeconds;
        _inner.Log(logLevel, eventId, new RepeatedLogState<TState>(state, suppressed), exception, (repeated, error) =>
            $"{formatter(repeated.State, error)} ({repeated.Suppressed} more like this in the last {seconds:0.#} s not logged)");
    }

    private static string Key<TState>(EventId eventId, TState state)
    {
        var key = eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var (name, value) in pairs)
            {
                if (name is ApiLog.StatusField or ApiLog.CodeField or ApiLog.ExceptionTypeField)
                {
                    key += "|" + value;
                }
            }
        }

        return key;
    }
}
