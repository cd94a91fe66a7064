using System.Collections.Concurrent;

namespace InnoGraph.Bench.Infrastructure;

/// <summary>
/// Round trips per operation, as the benchmarks counted them with <c>ICypherClient.RoundTrips</c>,
/// keyed by benchmark class, method and parameters; read by <see cref="RoundTripsColumn"/>.
/// </summary>
public static class RoundTripLog
{
    private static readonly ConcurrentDictionary<string, long> Counts = new(StringComparer.Ordinal);

    public static void Record(Type benchmark, string method, string parameters, long roundTrips) =>
        Counts[Key(benchmark, method, parameters)] = roundTrips;

    public static long? Find(Type benchmark, string method, string parameters) =>
        Counts.TryGetValue(Key(benchmark, method, parameters), out var count) ? count : null;

    private static string Key(Type benchmark, string method, string parameters) => $"{benchmark.FullName}.{method}({parameters})";
}
