using Prometheus;

namespace InnoGraph.Api.Operations;

/// <summary>
/// The API's Prometheus metrics, served at <c>/metrics</c>. Labels only take values from small
/// fixed sets: every distinct label value is a time series kept for the life of the process, so a
/// client's free text (an operation name) must never become one.
/// </summary>
internal sealed class ApiMetrics
{
    /// <summary>The value of a label that was not one of the expected ones.</summary>
    public const string Other = "other";

    private static readonly HashSet<string> Operations = ["query", "mutation", "subscription", "invalid", "unknown"];

    private static readonly Counter Requests = Metrics.CreateCounter(
        "innograph_graphql_requests_total", "GraphQL requests by operation type and outcome.", "operation", "outcome");

    private static readonly Histogram Duration = Metrics.CreateHistogram(
        "innograph_graphql_request_duration_seconds", "GraphQL request duration.", new HistogramConfiguration { LabelNames = ["operation"] });

    private static readonly Histogram RoundTrips = Metrics.CreateHistogram(
        "innograph_neo4j_round_trips_per_request", "Neo4j round trips per GraphQL request.",
        new HistogramConfiguration { Buckets = [0, 1, 2, 3, 5, 10] });

    private static readonly Counter RoundTripsTotal = Metrics.CreateCounter(
        "innograph_neo4j_round_trips_total", "Neo4j round trips made by GraphQL requests.");

    /// <summary>Records a request; <paramref name="operation"/> is an operation type, <paramref name="outcome"/> one of the API's codes or outcomes.</summary>
    public void Record(string operation, string outcome, TimeSpan elapsed, long roundTrips)
    {
        var operationLabel = OperationLabel(operation);
        Requests.WithLabels(operationLabel, OutcomeLabel(outcome)).Inc();
        Duration.WithLabels(operationLabel).Observe(elapsed.TotalSeconds);
        RoundTrips.Observe(roundTrips);
        RoundTripsTotal.Inc(roundTrips);
    }

    internal static string OperationLabel(string operation) => Operations.Contains(operation) ? operation : Other;

    /// <summary>Outcomes are the API's own codes (<c>ok</c>, <c>rate_limited</c>…): short, lower case, letters and underscores.</summary>
    internal static string OutcomeLabel(string outcome) =>
        outcome.Length is > 0 and <= 32 && outcome.All(c => c is (>= 'a' and <= 'z') or '_') ? outcome : Other;
}
