using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Schema;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// <c>floor</c>: for each size, generates the seed folder, loads it the floor's way and with
/// <c>innograph load</c> in alternating rounds (and once more unchanged), serves it with <c>innograph serve</c> and measures every query
/// against its floor; a soak at the last size; then the report and the plot.
/// </summary>
public static class FloorBenchmark
{
    /// <summary>How long one request to Neo4j may take, for the benchmark's clients and its children.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(FloorOptions options, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var loadBefore = LoadAverage();
        var (repository, cli) = FloorEnvironment.Locate();
        var work = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "innograph-floor");
        Directory.CreateDirectory(work);
        var progress = new Progress<string>(message => Console.WriteLine($"[neo4j] {message}"));
        await using var server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { HeapMegabytes = options.Neo4jHeapMegabytes }, progress, cancellationToken);
        Console.WriteLine($"[neo4j] {server.Version} at {server.HttpUri} (pid {server.ProcessId})");
        var environment = new FloorEnvironment(repository, cli, server);
        using var client = Neo4jHttpClient.Create(new Neo4jOptions { Uri = server.HttpUri.ToString(), User = server.User, Password = server.Password, RequestTimeout = RequestTimeout });
        await new GraphSchema(client).ApplyAsync(cancellationToken);
        using var raw = new RawNeo4j(server.HttpUri, server.User, server.Password, server.Version);
        await WarmUpAsync(client, Path.Combine(repository, "seeds"), cancellationToken);

        var loads = new List<LoadMeasurement>();
        var queries = new List<QueryMeasurement>();
        var entities = new Dictionary<int, int>();
        SoakMeasurement? soak = null;
        foreach (var size in options.Sizes)
        {
            var folder = Path.Combine(work, $"seeds-{size}");
            var generate = new List<string> { "generate", "--entities", Text(size), "--out", folder, "--seed", Text(options.RandomSeed), "--seeds", Path.Combine(repository, "seeds") };
            if (options.RelationsPerEntity is { } perEntity)
            {
                generate.AddRange(["--relations-per-entity", perEntity.ToString(CultureInfo.InvariantCulture)]);
            }

            await ChildProcess.RunAsync(environment, "[generate]", cancellationToken, [.. generate]);
            loads.Add(await LoadAsync(environment, client, size, folder, options.LoadRounds, entities, cancellationToken));

            var port = FreePort();
            await using var serve = ChildProcess.Start(environment, "[api]", "serve", "--port", Text(port), "--seeds", folder);
            using var api = new ApiClient(new Uri($"http://127.0.0.1:{port}/"));
            await WaitReadyAsync(api, serve, cancellationToken);
            var runner = new QueryRunner(api, raw);
            queries.AddRange(await runner.MeasureAsync(size, options.Concurrencies, options.Requests, cancellationToken));
            if (size == options.Sizes[^1] && options.SoakMinutes > 0)
            {
                soak = await SoakAsync(runner, api, serve, size, options, cancellationToken);
            }
        }

        var results = new FloorResults(options, started, watch.Elapsed, loadBefore, LoadAverage(), loads, queries, soak, entities);
        var report = options.ReportPath ?? Path.Combine(repository, "bench", "results", "latest.md");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        const string plotFile = "latency-by-size.png";
        LatencyPlot.Save(results, Path.Combine(Path.GetDirectoryName(report)!, plotFile));
        await File.WriteAllTextAsync(report, FloorReport.Write(results, plotFile), cancellationToken);
        Console.WriteLine($"Report: {report}");
        return 0;
    }

    /// <summary>
    /// The floor's load and <c>innograph load</c>, each from an empty graph, in alternating order round after round
    /// (floor first, then load first, ...), so that other work on the machine weighs on both sides alike; each side's
    /// fastest time counts, since interference only ever adds time. The second load follows the first round's load.
    /// </summary>
    private static async Task<LoadMeasurement> LoadAsync(FloorEnvironment environment, ICypherClient client, int size, string folder, int rounds, Dictionary<int, int> entities, CancellationToken cancellationToken)
    {
        var (entityCount, relationCount) = Count(folder);
        entities[size] = entityCount;
        var raws = new List<TimeSpan>();
        var firsts = new List<TimeSpan>();
        var firstPeak = 0.0;
        TimeSpan second = default;
        var secondPeak = 0.0;
        for (var round = 0; round < rounds; round++)
        {
            var floorFirst = round % 2 == 0;
            if (floorFirst)
            {
                raws.Add(await RawLoadAsync(client, folder, entityCount, relationCount, cancellationToken));
            }

            await RawLoad.ClearAsync(client, cancellationToken);
            var (first, peak) = await ChildProcess.RunAsync(environment, $"[load {round + 1}]", cancellationToken, "load", "--seeds", folder);
            firsts.Add(first);
            firstPeak = Math.Max(firstPeak, peak);
            if (round == 0)
            {
                (second, secondPeak) = await ChildProcess.RunAsync(environment, "[load again]", cancellationToken, "load", "--seeds", folder);
            }

            if (!floorFirst)
            {
                raws.Add(await RawLoadAsync(client, folder, entityCount, relationCount, cancellationToken));
            }
        }

        if (rounds % 2 == 0)
        {
            // The last round ended with the floor's load: the graph the queries run on is innograph load's.
            await RawLoad.ClearAsync(client, cancellationToken);
            await ChildProcess.RunAsync(environment, "[load]", cancellationToken, "load", "--seeds", folder);
        }

        var measured = new LoadMeasurement(size, entityCount, relationCount, raws.Min(), firsts.Min(), firstPeak, second, secondPeak) { Rounds = rounds };
        Console.WriteLine($"[load] {FloorReport.Size(size)}: floor {string.Join(", ", raws.Select(Seconds))}, innograph load {string.Join(", ", firsts.Select(Seconds))} ({measured.ThroughputRatio:F2} of the floor's throughput, fastest against fastest; peak {firstPeak:F0} MiB), again {Seconds(second)}");
        return measured;
    }

    private static (int Entities, int Relations) Count(string folder)
    {
        var dataset = Compile(folder);
        return (dataset.Entities.Count, dataset.Relations.Count);
    }

    /// <summary>The floor's load from an empty graph; the dataset is compiled before the clock starts and dropped after.</summary>
    private static async Task<TimeSpan> RawLoadAsync(ICypherClient client, string folder, int entityCount, int relationCount, CancellationToken cancellationToken)
    {
        var dataset = Compile(folder);
        await RawLoad.ClearAsync(client, cancellationToken);
        Console.WriteLine($"[raw load] {entityCount} entities, {relationCount} relations");
        var time = await RawLoad.RunAsync(client, dataset, cancellationToken);
        dataset = null;
        GC.Collect();
        return time;
    }

    private static SeedDataset Compile(string folder)
    {
        var compiled = SeedCompiler.CompileDirectory(folder);
        return compiled.Dataset ?? throw new InvalidOperationException($"{folder} does not validate: {compiled.Problems[0]}");
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";

    /// <summary>One unmeasured floor load of the seeds, so that the first measured load does not pay for a cold Neo4j and JIT.</summary>
    private static async Task WarmUpAsync(ICypherClient client, string seeds, CancellationToken cancellationToken)
    {
        var dataset = SeedCompiler.CompileDirectory(seeds).Dataset ?? throw new InvalidOperationException("The seeds do not validate.");
        Console.WriteLine("[warm-up] one floor load of the seeds, not measured");
        await RawLoad.RunAsync(client, dataset, cancellationToken);
        await RawLoad.ClearAsync(client, cancellationToken);
    }

    private static async Task<SoakMeasurement> SoakAsync(QueryRunner runner, ApiClient api, ChildProcess serve, int size, FloorOptions options, CancellationToken cancellationToken)
    {
        GC.Collect();
        var before = serve.ResidentMegabytes();
        var max = before;
        var byMinute = new List<double>();
        var managedFloor = new List<double>();
        var lowestThisMinute = double.MaxValue;
        var started = DateTime.UtcNow;
        var until = DateTime.UtcNow.AddMinutes(options.SoakMinutes);
        Console.WriteLine($"[soak] {options.SoakMinutes} min at concurrency {options.SoakConcurrency}; API RSS {before:F0} MiB");
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                var now = serve.ResidentMegabytes();
                max = Math.Max(max, now);
                lowestThisMinute = Math.Min(lowestThisMinute, await api.ManagedHeapAsync(cancellationToken) / (1024 * 1024));
                if (DateTime.UtcNow - started >= TimeSpan.FromMinutes(byMinute.Count + 1))
                {
                    byMinute.Add(now);
                    managedFloor.Add(lowestThisMinute);
                    lowestThisMinute = double.MaxValue;
                }

                await Task.Delay(TimeSpan.FromSeconds(5), sampling.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }, cancellationToken);
        var sent = await runner.SoakAsync(options.SoakConcurrency, until, cancellationToken);
        await sampling.CancelAsync();
        await sampler;
        var after = serve.ResidentMegabytes();
        Console.WriteLine($"[soak] {sent} requests; API RSS {before:F0} MiB before, {after:F0} MiB after, at most {max:F0} MiB");
        Console.WriteLine($"[soak] API RSS by minute: {string.Join(", ", byMinute.Select(m => m.ToString("F0", CultureInfo.InvariantCulture)))} MiB");
        Console.WriteLine($"[soak] managed heap, lowest sample by minute: {string.Join(", ", managedFloor.Select(m => m.ToString("F1", CultureInfo.InvariantCulture)))} MiB");
        return new SoakMeasurement(size, options.SoakMinutes, options.SoakConcurrency, sent, before, after, Math.Max(max, after)) { ByMinute = byMinute, ManagedFloorByMinute = managedFloor };
    }

    internal static async Task WaitReadyAsync(ApiClient api, ChildProcess serve, CancellationToken cancellationToken)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            if (serve.HasExited)
            {
                throw new InvalidOperationException("innograph serve exited before it answered.");
            }

            if (await api.ReadyAsync(cancellationToken))
            {
                return;
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException("innograph serve did not answer within 2 minutes.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string LoadAverage() => string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
