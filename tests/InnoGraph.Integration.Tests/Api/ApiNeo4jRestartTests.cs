using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using InnoGraph.Neo4j.Local;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// Fault test: the Neo4j JVM is killed (SIGKILL) and started again on the same data while clients keep sending
/// requests. While it is down every request gets 503 with a GraphQL error body; once it is back requests succeed again,
/// on the same API host, which was never restarted. A Neo4j of the test's own: it is killed.
/// </summary>
public sealed class ApiNeo4jRestartTests : IAsyncLifetime
{
    private const string Query = """{ entity(id: "region.jiaxing") { name } }""";
    private const int Clients = 4;

    private readonly string _data = Directory.CreateTempSubdirectory("innograph-restart-").FullName;
    private LocalNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { CacheDirectory = await TestCache.DirectoryAsync(), DataDirectory = _data, HeapMegabytes = 512 });

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task neo4j_killed_and_restarted_under_load_gives_503_with_a_body_then_answers_again_without_an_api_restart()
    {
        await using var factory = new ScratchApiFactory(_server, new Dictionary<string, string?>
        {
            ["Neo4j:MaxRetries"] = "1",
            ["Neo4j:RetryBaseDelay"] = "00:00:00.050",
            ["Neo4j:BreakDuration"] = "00:00:01",
            ["Api:RequestsPerMinute"] = "1000000", // the load is one address; the rate limit is not under test
        });
        var client = factory.GraphQL();
        (await client.SendAsync(Query)).Status.Should().Be(HttpStatusCode.OK);

        var phase = (int)Phase.Up;
        var seen = new ConcurrentQueue<(Phase Phase, HttpStatusCode Status, JsonElement Body)>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var current = (Phase)Volatile.Read(ref phase);
                var (status, body) = await client.SendAsync(Query);
                seen.Enqueue((current, status, body));
            }
        })).ToList();

        try
        {
            (await EventuallyAsync(() => seen.Any(s => s.Phase == Phase.Up))).Should().BeTrue();
            var old = _server;
            Process.GetProcessById(old.ProcessId).Kill(); // SIGKILL: no shutdown, as in a crash
            await old.StopAsync(); // only tidies the instance directory; the JVM is already gone
            Volatile.Write(ref phase, (int)Phase.Down);
            (await EventuallyAsync(() => seen.Any(s => s.Phase == Phase.Down && s.Status == HttpStatusCode.ServiceUnavailable)))
                .Should().BeTrue("requests while Neo4j is down should get 503");

            _server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { CacheDirectory = await TestCache.DirectoryAsync(), DataDirectory = _data, HeapMegabytes = 512 });
            _server.HttpUri.Should().Be(old.HttpUri, "the data directory keeps its ports");
            Volatile.Write(ref phase, (int)Phase.Restarted);
            var recovered = await EventuallyAsync(() => seen.Any(s => s.Phase == Phase.Restarted && s.Status == HttpStatusCode.OK));

            recovered.Should().BeTrue("the same API host should answer again once Neo4j is back");
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }

        (await client.SendAsync(Query)).Status.Should().Be(HttpStatusCode.OK);
        seen.Select(s => s.Status).Distinct().Should().BeSubsetOf([HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable]);
        seen.Where(s => s.Status == HttpStatusCode.ServiceUnavailable)
            .Should().OnlyContain(s => s.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString() == "SERVICE_UNAVAILABLE");
    }

    // Polls for a state the load produces; the bound only stops a hung test, it measures nothing.
    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    private enum Phase
    {
        Up,
        Down,
        Restarted,
    }
}
