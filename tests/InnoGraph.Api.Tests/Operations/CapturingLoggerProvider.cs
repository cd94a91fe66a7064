using System.Collections.Concurrent;

namespace InnoGraph.Api.Tests.Operations;

/// <summary>
/// A logger provider that keeps what it is given. Added beside the console, it sees exactly what
/// the configured filters let through, so tests assert what an operator's log would hold.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>
    /// The entries except the host's start and stop lines, which the host writes on its own schedule
    /// (possibly after the first request was sent) and which are not per request.
    /// </summary>
    public IReadOnlyList<CapturedLog> RequestTime => [.. _entries.Where(entry => entry.Category != "Microsoft.Hosting.Lifetime")];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => $"{p.Key}={p.Value}").ToList()
                : [];
            entries.Enqueue(new CapturedLog(category, logLevel, eventId.Id, formatter(state, exception), exception, values));
        }
    }
}
