namespace InnoGraph.Bench.Floor;

/// <summary>One query at one size and concurrency: both sides' latencies, the API's round trips per request, and whether the answers agreed (<see cref="Answer.Difference"/>).</summary>
public sealed record QueryMeasurement(
    string Query,
    int Size,
    int Concurrency,
    LatencySummary Api,
    LatencySummary Raw,
    double RoundTrips,
    int ApiIds,
    int RawIds,
    int Relations,
    bool SameAnswer)
{
    public double Ratio => LatencySummary.Ratio(Api.P50, Raw.P50);
}
