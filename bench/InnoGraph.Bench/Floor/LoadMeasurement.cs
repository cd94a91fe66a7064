namespace InnoGraph.Bench.Floor;

/// <summary>
/// One size's loads: rows, the floor's time and <c>innograph load</c>'s from an empty graph (each side's fastest of
/// <see cref="Rounds"/>), the time of a second, unchanged load, and peak memory.
/// </summary>
public sealed record LoadMeasurement(int Size, int Entities, int Relations, TimeSpan Raw, TimeSpan First, double FirstPeakMegabytes, TimeSpan Second, double SecondPeakMegabytes)
{
    public int Rows => Entities + Relations;

    /// <summary>How many times each side loaded from an empty graph, in alternating order.</summary>
    public int Rounds { get; init; } = 1;

    /// <summary><c>innograph load</c>'s throughput as a share of the floor's: raw time / load time.</summary>
    public double ThroughputRatio => LatencySummary.Ratio(Raw.TotalMilliseconds, First.TotalMilliseconds);

    /// <summary>The second load's time as a share of the first's.</summary>
    public double SecondShare => LatencySummary.Ratio(Second.TotalMilliseconds, First.TotalMilliseconds);
}
