namespace InnoGraph.Bench.Floor;

/// <summary>The API's resident memory (MiB) before and after a soak, and the highest seen during it.</summary>
public sealed record SoakMeasurement(int Size, double Minutes, int Concurrency, long Requests, double BeforeMegabytes, double AfterMegabytes, double MaxMegabytes);
