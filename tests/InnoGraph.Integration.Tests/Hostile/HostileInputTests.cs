using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using InnoGraph.Testing;
using Xunit.Abstractions;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Thousands of generated hostile requests against <c>innograph serve</c> on the seeded Neo4j: every
/// one answered, no 5xx but 503/504 with a body, nothing of the inside leaked, the API's CPU idle
/// afterwards and the graph exactly as it was. <c>INNOGRAPH_HOSTILE_SEED</c> changes the seed and
/// <c>INNOGRAPH_HOSTILE_FAMILY</c> replays one family.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class HostileInputTests(SeededGraphFixture graph, ITestOutputHelper output)
{
    private const string Key = "hostile-suite-key-0123456789abcdef";
    private const int Concurrency = 4;
    private static readonly TimeSpan ServerTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan CpuWindowLength = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task generated_hostile_requests_are_all_answered_leak_nothing_leave_the_cpu_idle_and_the_graph_unchanged()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("INNOGRAPH_HOSTILE_SEED"), CultureInfo.InvariantCulture, out var s) ? s : HostileCorpus.DefaultSeed;
        var only = Environment.GetEnvironmentVariable("INNOGRAPH_HOSTILE_FAMILY") is { Length: > 0 } f ? f : null;
        var before = await GraphFingerprint.TakeAsync(graph.Cypher);
        await using var api = await ServedApi.StartAsync(new Dictionary<string, string>
        {
            ["NEO4J_URI"] = graph.HttpUri.ToString(),
            ["NEO4J_USER"] = graph.User,
            ["NEO4J_PASSWORD"] = graph.Password,
            ["Api__Keys__hostile"] = Key,
            ["Api__RequestsPerMinute"] = "1000000", // 429s would be allowed but would test nothing
            ["Api__Timeout"] = ServerTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });
        var context = await ContextAsync(api);
        var quiet = await CpuWindow.MeasureAsync(() => api.CpuTime, CpuWindowLength);

        var families = HostileCorpus.Generate(seed, context, only);
        var outcomes = await new HostileRunner(api.BaseAddress, Concurrency, ClientTimeout, slow: ServerTimeout / 2).RunAsync(families);

        var problems = new List<string>();
        var report = HostileReport.Summarise(outcomes);
        output.WriteLine($"seed {seed}: {outcomes.Count} cases; statuses {HostileReport.Statuses(outcomes)}");
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("INNOGRAPH_HOSTILE_VERBOSE") == "1")
        {
            foreach (var outcome in outcomes)
            {
                output.WriteLine($"{outcome.Case.Name} → {outcome.Response?.Status.ToString() ?? outcome.Response?.Failure ?? "not sent"} {Expect.Shorten(outcome.Response?.Body ?? "", 200)}");
            }
        }
        if (outcomes.Any(o => o.Violations.Count > 0))
        {
            problems.Add(report);
        }

        var limited = outcomes.Count(o => o.Response?.Status == 429);
        if (limited > outcomes.Count / 100)
        {
            problems.Add($"{limited} answers were 429: the rate limit hid the other checks");
        }

        // Work a request started must end with it: within a few windows the process is as quiet as before the run.
        var windows = new List<TimeSpan>();
        for (var i = 0; i < 5 && (windows.Count == 0 || !CpuWindow.IsIdle(windows[^1], quiet, CpuWindowLength)); i++)
        {
            windows.Add(await CpuWindow.MeasureAsync(() => api.CpuTime, CpuWindowLength));
        }

        output.WriteLine($"CPU: quiet {quiet.TotalMilliseconds:0} ms per {CpuWindowLength.TotalSeconds:0} s; after the run {string.Join(", ", windows.Select(w => $"{w.TotalMilliseconds:0} ms"))}");
        if (!CpuWindow.IsIdle(windows[^1], quiet, CpuWindowLength))
        {
            problems.Add($"the API's CPU is not idle after the run: {string.Join(", ", windows.Select(w => $"{w.TotalMilliseconds:0} ms"))} per {CpuWindowLength.TotalSeconds:0} s window, against {quiet.TotalMilliseconds:0} ms before");
        }

        var after = await GraphFingerprint.TakeAsync(graph.Cypher);
        if (after.Hash != before.Hash)
        {
            problems.Add("the graph changed: " + before.Difference(after));
            problems.Add(await RestoreAsync(before));
        }

        problems.Should().BeEmpty($"of {outcomes.Count} hostile requests (seed {seed}):\n{string.Join("\n", problems)}");
    }

    /// <summary>
    /// Puts the shared seeded graph back after writes that should never have happened, so that the
    /// tests after this one still see the seeds: everything written under this suite's key goes,
    /// and the seeds are loaded again over what remains.
    /// </summary>
    private async Task<string> RestoreAsync(GraphFingerprint before)
    {
        await graph.Cypher.RunAsync(
            [
                new InnoGraph.Neo4j.Client.CypherStatement("MATCH ()-[r]->() WHERE r.updatedBy = 'hostile' DELETE r"),
                new InnoGraph.Neo4j.Client.CypherStatement("MATCH (n) WHERE n.updatedBy = 'hostile' DETACH DELETE n"),
            ],
            InnoGraph.Neo4j.Client.WorkKind.RetrySafe,
            CancellationToken.None);
        await new InnoGraph.Graph.Loading.SeedLoader(graph.Cypher).LoadAsync(graph.Dataset, progress: null, CancellationToken.None);
        var restored = await GraphFingerprint.TakeAsync(graph.Cypher);
        return restored.Hash == before.Hash
            ? "(the graph has been restored for the tests after this one)"
            : "the graph could not be restored exactly: " + before.Difference(restored);
    }

    /// <summary>Real cursors to forge from, read from the API under test.</summary>
    private static async Task<HostileContext> ContextAsync(ServedApi api)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        async Task<string> CursorAsync(string query, Func<JsonElement, JsonElement> edges)
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query });
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            return edges(body.GetProperty("data"))[0].GetProperty("cursor").GetString()!;
        }

        var relations = $"{{ entity(id: \"{HostileContext.Hub}\") {{ relations(first: 2, orderBy: ORDER_BY) {{ edges {{ cursor }} }} }} }}";
        return new HostileContext(
            api.Port,
            Key,
            await CursorAsync("{ entities(first: 2) { edges { cursor } } }", d => d.GetProperty("entities").GetProperty("edges")),
            await CursorAsync(relations.Replace("ORDER_BY", "NAME", StringComparison.Ordinal), d => d.GetProperty("entity").GetProperty("relations").GetProperty("edges")),
            await CursorAsync(relations.Replace("ORDER_BY", "TYPE", StringComparison.Ordinal), d => d.GetProperty("entity").GetProperty("relations").GetProperty("edges")));
    }
}
