namespace InnoGraph.Bench.Floor;

/// <summary>Percentiles of a set of latencies (milliseconds), by nearest rank: p50 of 1..100 is 50, p99 is 99.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99)
{
    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99));
    }

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0 &lt; p ≤ 100) of samples sorted ascending; NaN for none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>How many times <paramref name="value"/> is <paramref name="baseline"/>: 2 means twice as long; NaN when the baseline is not positive.</summary>
    public static double Ratio(double value, double baseline) => baseline > 0 ? value / baseline : double.NaN;
}
