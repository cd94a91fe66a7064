using System.Diagnostics;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// Sends each query through the API and as its floor Cypher, interleaved (request i of a worker
/// goes API first when i is even, floor first when odd), from 1 or 16 workers at once.
/// </summary>
public sealed class QueryRunner(ApiClient api, RawNeo4j raw)
{
    public async Task<IReadOnlyList<QueryMeasurement>> MeasureAsync(int size, IReadOnlyList<int> concurrencies, int requests, CancellationToken cancellationToken)
    {
        var results = new List<QueryMeasurement>();
        foreach (var query in QueryCases.All)
        {
            var apiAnswer = await api.AnswerAsync(query, cancellationToken);
            var rawAnswer = await raw.AnswerAsync(query.Cypher, query.Parameters, cancellationToken);
            var difference = Answer.Difference(apiAnswer, rawAnswer);
            if (difference is not null)
            {
                Console.WriteLine($"[{query.Name}] the answers differ: {difference}");
            }

            for (var i = 0; i < 3; i++)
            {
                await api.AnswerAsync(query, cancellationToken);
                await raw.AnswerAsync(query.Cypher, query.Parameters, cancellationToken);
            }

            foreach (var concurrency in concurrencies)
            {
                var before = await api.RoundTripsAsync(cancellationToken);
                var (apiTimes, rawTimes) = await RunAsync(query, concurrency, requests, cancellationToken);
                var roundTrips = (await api.RoundTripsAsync(cancellationToken) - before) / requests;
                var measurement = new QueryMeasurement(query.Name, size, concurrency, LatencySummary.Of(apiTimes), LatencySummary.Of(rawTimes), roundTrips, apiAnswer.Count, rawAnswer.Count, apiAnswer.Edges.Count, difference is null);
                Console.WriteLine($"[{query.Name}] size +{size}, concurrency {concurrency}: API p50 {measurement.Api.P50:F1} ms, floor p50 {measurement.Raw.P50:F1} ms ({measurement.Ratio:F1}x), {roundTrips:F1} round trips, ids {apiAnswer.Count}/{rawAnswer.Count}, relations {apiAnswer.Edges.Count}/{rawAnswer.Edges.Count}{(difference is null ? "" : " DIFFER")}");
                results.Add(measurement);
            }
        }

        return results;
    }

    /// <summary>Every query in turn from <paramref name="concurrency"/> workers until <paramref name="until"/>; gives the requests sent.</summary>
    public async Task<long> SoakAsync(int concurrency, DateTime until, CancellationToken cancellationToken)
    {
        long sent = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (var i = worker; DateTime.UtcNow < until; i++)
            {
                await api.AnswerAsync(QueryCases.All[i % QueryCases.All.Count], cancellationToken);
                Interlocked.Increment(ref sent);
            }
        });
        await Task.WhenAll(workers);
        return sent;
    }

    private async Task<(List<double> Api, List<double> Raw)> RunAsync(QueryCase query, int concurrency, int requests, CancellationToken cancellationToken)
    {
        var apiTimes = new List<double>(requests);
        var rawTimes = new List<double>(requests);
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                double apiTime, rawTime;
                if (i % 2 == 0)
                {
                    apiTime = await TimeAsync(() => api.AnswerAsync(query, cancellationToken));
                    rawTime = await TimeAsync(() => raw.AnswerAsync(query.Cypher, query.Parameters, cancellationToken));
                }
                else
                {
                    rawTime = await TimeAsync(() => raw.AnswerAsync(query.Cypher, query.Parameters, cancellationToken));
                    apiTime = await TimeAsync(() => api.AnswerAsync(query, cancellationToken));
                }

                lock (apiTimes)
                {
                    apiTimes.Add(apiTime);
                    rawTimes.Add(rawTime);
                }
            }
        });
        await Task.WhenAll(workers);
        return (apiTimes, rawTimes);
    }

    private static async Task<double> TimeAsync(Func<Task> request)
    {
        var start = Stopwatch.GetTimestamp();
        await request();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
