namespace InnoGraph.Bench.Floor;

/// <summary>The API's resident memory (MiB) before and after a soak, and the highest seen during it.</summary>
public sealed record SoakMeasurement(int Size, double Minutes, int Concurrency, long Requests, double BeforeMegabytes, double AfterMegabytes, double MaxMegabytes)
{
    /// <summary>The resident set at the end of each minute of the soak, so that growth that levels off can be told from growth that goes on.</summary>
    public IReadOnlyList<double> ByMinute { get; init; } = [];

    /// <summary>
    /// The lowest managed heap (MiB) sampled in each minute: garbage comes and goes with the collections, so the lowest
    /// sample follows what stays alive; a leak shows as a floor that keeps rising.
    /// </summary>
    public IReadOnlyList<double> ManagedFloorByMinute { get; init; } = [];
}
