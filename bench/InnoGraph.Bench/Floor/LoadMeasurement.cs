namespace InnoGraph.Bench.Floor;

/// <summary>One size's loads: rows, the floor's time, <c>innograph load</c>'s first and second time and peak memory.</summary>
public sealed record LoadMeasurement(int Size, int Entities, int Relations, TimeSpan Raw, TimeSpan First, double FirstPeakMegabytes, TimeSpan Second, double SecondPeakMegabytes)
{
    public int Rows => Entities + Relations;

    /// <summary><c>innograph load</c>'s throughput as a share of the floor's: raw time / load time.</summary>
    public double ThroughputRatio => LatencySummary.Ratio(Raw.TotalMilliseconds, First.TotalMilliseconds);

    /// <summary>The second load's time as a share of the first's.</summary>
    public double SecondShare => LatencySummary.Ratio(Second.TotalMilliseconds, First.TotalMilliseconds);
}
