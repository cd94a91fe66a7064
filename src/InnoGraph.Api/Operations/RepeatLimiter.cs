using System.Collections.Concurrent;
using InnoGraph.Api.Hosting;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Operations;

/// <summary>
/// Lets the same failure be logged at most once per <see cref="ApiOptions.LogRepeatInterval"/>
/// and counts the repeats left out, so that a flood of 429s or 503s writes a few lines, not one per request.
/// </summary>
internal sealed class RepeatLimiter(TimeProvider clock, IOptions<ApiOptions> options)
{
    // Keys are built from event ids, status codes and error codes, never client text; the cap only
    // guards against a code space larger than expected (e.g. codes a database server invents).
    private const int MaxKeys = 1024;
    private const string OverflowKey = "overflow";

    private readonly ConcurrentDictionary<string, Entry> _entries = new();

    public TimeSpan Interval => options.Value.LogRepeatInterval;

    /// <summary>True when a line for <paramref name="key"/> may be written now; <paramref name="suppressed"/> is how many were left out since the last one.</summary>
    public bool TryEnter(string key, out long suppressed)
    {
        suppressed = 0;
        var interval = Interval;
        if (interval <= TimeSpan.Zero)
        {
            return true;
        }

        if (_entries.Count >= MaxKeys && !_entries.ContainsKey(key))
        {
            key = OverflowKey;
        }

        var entry = _entries.GetOrAdd(key, _ => new Entry());
        lock (entry)
        {
            var now = clock.GetTimestamp();
            if (entry.LastWritten is { } last && clock.GetElapsedTime(last, now) < interval)
            {
                entry.Suppressed++;
                return false;
            }

            suppressed = entry.Suppressed;
            entry.Suppressed = 0;
            entry.LastWritten = now;
            return true;
        }
    }

    private sealed class Entry
    {
        public long? LastWritten { get; set; }

        public long Suppressed { get; set; }
    }
}
