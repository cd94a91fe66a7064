using System.Diagnostics;
using System.Globalization;
using System.Text;
using InnoGraph.Bench.Floor;
using InnoGraph.Bench.Infrastructure;
using InnoGraph.Graph.Schema;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Bench.Overhead;

/// <summary>
/// <c>overhead</c>: where the API's constant cost per request goes, on the seed graph. Serves the seeds with
/// <c>innograph serve</c> (the Cypher and stage timings shown in <c>extensions</c>), sends each used-by query
/// one at a time, interleaved with its floor Cypher, and reports the p50 of every stage of the pipeline.
/// </summary>
public static class OverheadBenchmark
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // `--requests N`, `--baseline PATH/innograph.dll` (another build served beside this one, e.g. of an earlier
        // commit, its requests interleaved with this one's); any NAME=VALUE is a setting for the API, e.g. Api__DocumentCacheSize=0.
        var requests = Option(args, "--requests") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 200;
        var baselineCli = Option(args, "--baseline");
        var settings = args.Where(a => a.Contains('=', StringComparison.Ordinal)).Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1], StringComparer.Ordinal);
        settings["Api__ShowCypher"] = "true";
        var (repository, cli) = FloorEnvironment.Locate();
        var loadBefore = FloorBenchmark.LoadAverage();
        var progress = new Progress<string>(message => Console.WriteLine($"[neo4j] {message}"));
        await using var server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions(), progress, cancellationToken);
        using var client = Neo4jHttpClient.Create(new Neo4jOptions { Uri = server.HttpUri.ToString(), User = server.User, Password = server.Password });
        await new GraphSchema(client).ApplyAsync(cancellationToken);

        var environment = new FloorEnvironment(repository, cli, server, settings);
        var seeds = Path.Combine(repository, "seeds");
        await ChildProcess.RunAsync(environment, "[load]", cancellationToken, "load", "--seeds", seeds);
        var port = FloorBenchmark.FreePort();
        await using var serve = ChildProcess.Start(environment, "[api]", "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--seeds", seeds);
        using var api = new ApiClient(new Uri($"http://127.0.0.1:{port}/"));
        using var raw = new RawNeo4j(server.HttpUri, server.User, server.Password, server.Version);
        await FloorBenchmark.WaitReadyAsync(api, serve, cancellationToken);
        var basePort = FloorBenchmark.FreePort();
        await using var baseServe = baselineCli is null ? null : ChildProcess.Start(environment with { CliAssembly = baselineCli }, "[baseline]", "serve", "--port", basePort.ToString(CultureInfo.InvariantCulture), "--seeds", seeds);
        using var baseline = baseServe is null ? null : new ApiClient(new Uri($"http://127.0.0.1:{basePort}/"));
        if (baseline is not null)
        {
            await FloorBenchmark.WaitReadyAsync(baseline, baseServe!, cancellationToken);
        }

        for (var i = 0; i < 50; i++)
        {
            foreach (var query in QueryCases.All)
            {
                await api.TimedAsync(query, cancellationToken);
                await raw.AnswerAsync(query.Cypher, query.Parameters, cancellationToken);
                await client.RunAsync(Floor(query), WorkKind.RetrySafe, cancellationToken);
                if (baseline is not null)
                {
                    await baseline.TotalAsync(query, cancellationToken);
                }
            }
        }

        var compression = await CompressionAsync(server, cancellationToken);
        Console.WriteLine($"[neo4j] asked for gzip, answers with {compression}");
        var rows = new List<(QueryCase Query, IReadOnlyList<StageSample> Samples)>();
        foreach (var query in QueryCases.All)
        {
            var samples = new List<StageSample>(requests);
            for (var i = 0; i < requests; i++)
            {
                var floor = Stopwatch.StartNew();
                await raw.AnswerAsync(query.Cypher, query.Parameters, cancellationToken);
                var floorTime = floor.Elapsed.TotalMilliseconds;
                var viaClient = Stopwatch.StartNew();
                await client.RunAsync(Floor(query), WorkKind.RetrySafe, cancellationToken);
                var clientTime = viaClient.Elapsed.TotalMilliseconds;
                double? baselineTime = baseline is null ? null : await baseline.TotalAsync(query, cancellationToken);
                var (total, stages) = await api.TimedAsync(query, cancellationToken);
                samples.Add(new StageSample(total, floorTime, clientTime, stages, baselineTime));
            }

            rows.Add((query, samples));
            var before = baseline is null ? "" : $"baseline API p50 {P50(samples, s => s.Baseline ?? double.NaN):F2} ms, ";
            Console.WriteLine($"[{query.Name}] floor p50 {P50(samples, s => s.Floor):F2} ms raw, {P50(samples, s => s.FloorViaClient):F2} ms through the client; {before}API p50 {P50(samples, s => s.Total):F2} ms, its own statement {P50(samples, s => s.Stage("neo4j")):F2} ms, overhead {P50(samples, s => s.Overhead):F2} ms");
        }

        var report = Path.Combine(repository, "bench", "results", "overhead.md");
        var footer = $"\nNeo4j {server.Version}, asked for `Accept-Encoding: gzip`, answers with {compression}.\n";
        await File.WriteAllTextAsync(report, Write(rows, requests, loadBefore, FloorBenchmark.LoadAverage(), settings) + footer, cancellationToken);
        Console.WriteLine($"Report: {report}");
        return 0;
    }

    private static string Write(List<(QueryCase Query, IReadOnlyList<StageSample> Samples)> rows, int requests, string loadBefore, string loadAfter, Dictionary<string, string> settings)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# API overhead per request, seed graph ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"p50 of {requests} sequential requests per query, milliseconds; load average {loadBefore} before, {loadAfter} after; API settings {string.Join(", ", settings.Select(s => $"{s.Key}={s.Value}"))}.");
        text.AppendLine("`neo4j` is the round trip of the API's own statement as its client sees it (HTTP and JSON parsing included);");
        text.AppendLine("`floor` is the hand-written Cypher over a bare HttpClient, `via client` the same through InnoGraph's Neo4j client;");
        text.AppendLine("`overhead` is the API's total minus that round trip; `rest` is what the API does not time (HTTP both ways, writing the answer).");
        var withBaseline = rows.Any(r => r.Samples.Any(s => s.Baseline is not null));
        if (withBaseline)
        {
            text.AppendLine("`baseline` is the API of the build given with `--baseline`, its requests interleaved with this build's.");
        }

        text.AppendLine();
        text.AppendLine("| query | " + (withBaseline ? "baseline | " : "") + "API | floor | via client | overhead | " + string.Join(" | ", StageSample.Order) + " |");
        text.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", (withBaseline ? 5 : 4) + StageSample.Order.Length)));
        foreach (var (query, samples) in rows)
        {
            var stages = StageSample.Order.Select(stage => P50(samples, s => s.Stage(stage)).ToString("F2", CultureInfo.InvariantCulture));
            var baselineCell = withBaseline ? $"{P50(samples, s => s.Baseline ?? double.NaN):F2} | " : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {query.Name} | {baselineCell}{P50(samples, s => s.Total):F2} | {P50(samples, s => s.Floor):F2} | {P50(samples, s => s.FloorViaClient):F2} | {P50(samples, s => s.Overhead):F2} | {string.Join(" | ", stages)} |");
        }

        return text.ToString();
    }

    /// <summary>What Neo4j does with a request for a compressed answer: the <c>Content-Encoding</c> it sends back.</summary>
    private static async Task<string> CompressionAsync(LocalNeo4jServer server, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var commit = server.Version.StartsWith("3.", StringComparison.Ordinal) ? "db/data/transaction/commit" : "db/neo4j/tx/commit";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.HttpUri, commit))
        {
            Content = new StringContent("{\"statements\":[{\"statement\":\"UNWIND range(1, 500) AS i RETURN i\"}]}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{server.User}:{server.Password}")));
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await http.SendAsync(request, cancellationToken);
        return response.Content.Headers.ContentEncoding.Count == 0 ? "no Content-Encoding (uncompressed)" : string.Join(", ", response.Content.Headers.ContentEncoding);
    }

    private static CypherStatement Floor(QueryCase query) =>
        new(BenchCypher.Get($"floor/{query.Cypher}.cypher"), query.Parameters);

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static double P50(IEnumerable<StageSample> samples, Func<StageSample, double> value) =>
        LatencySummary.Percentile(samples.Select(value).Order().ToArray(), 50);
}
