using Prometheus;

namespace InnoGraph.Api.Operations;

/// <summary>The API's Prometheus metrics, served at <c>/metrics</c>.</summary>
internal sealed class ApiMetrics
{
    private static readonly Counter Requests = Metrics.CreateCounter(
        "innograph_graphql_requests_total", "GraphQL requests by operation type and outcome.", "operation", "outcome");

    private static readonly Histogram Duration = Metrics.CreateHistogram(
        "innograph_graphql_request_duration_seconds", "GraphQL request duration.", new HistogramConfiguration { LabelNames = ["operation"] });

    private static readonly Histogram RoundTrips = Metrics.CreateHistogram(
        "innograph_neo4j_round_trips_per_request", "Neo4j round trips per GraphQL request.",
        new HistogramConfiguration { Buckets = [0, 1, 2, 3, 5, 10] });

    private static readonly Counter RoundTripsTotal = Metrics.CreateCounter(
        "innograph_neo4j_round_trips_total", "Neo4j round trips made by GraphQL requests.");

    public void Record(string operation, string outcome, TimeSpan elapsed, long roundTrips)
    {
        Requests.WithLabels(operation, outcome).Inc();
        Duration.WithLabels(operation).Observe(elapsed.TotalSeconds);
        RoundTrips.Observe(roundTrips);
        RoundTripsTotal.Inc(roundTrips);
    }
}
