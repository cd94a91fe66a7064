using System.Net;
using InnoGraph.Api.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace InnoGraph.Api.Tests.Http;

/// <summary>Runs alone, so that the process's processor time is this test's only.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessorTimeCollection
{
    public const string Name = "processor time";
}

/// <summary>
/// Nothing a refused or timed-out request started keeps running: in the second after the answers,
/// the process uses about as much processor time as when idle. A request left expanding a bomb
/// would use a whole core (a second per second), far above the margin of half a core.
/// </summary>
[Collection(ProcessorTimeCollection.Name)]
public sealed class CpuAfterRequestsTests
{
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(500);

    // Not a threshold: a regression that expands bombs again would otherwise hang the run instead of failing it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task the_process_is_idle_within_a_second_after_refused_bombs_and_a_timed_out_request()
    {
        var hanging = new HangingCypherClient();
        await using var factory = new ApiFactory();
        factory.Settings["Api:Timeout"] = "00:00:00.300";
        factory.Settings["Api:MaxRequestBytes"] = "65536";
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<Neo4j.Client.ICypherClient>(hanging))).CreateClient();
        await ApiCalls.PostAsync(client, "{ catalogue { kinds { name } } }");
        var idle = await CpuUse.OverWindowAsync();

        var answers = await Task.WhenAll(
            ApiCalls.PostAsync(client, Bombs.Fragments(16)),
            ApiCalls.PostAsync(client, Bombs.Fragments(12)),
            ApiCalls.PostAsync(client, Bombs.Aliases(100, """neighbourhood(ids: ["a"], depth: 3, limit: 500) { nodes { id } }""")),
            ApiCalls.PostAsync(client, """{ search(text: "a") { id } }""")).WaitAsync(HangGuard);
        var after = await CpuUse.OverWindowAsync();

        answers.Select(a => a.Status).Should().Equal(HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.GatewayTimeout);
        after.Should().BeLessThan(idle + Margin);
    }

    [Fact]
    public async Task a_timeout_cancels_the_database_request_the_request_started()
    {
        var hanging = new HangingCypherClient();
        await using var factory = new ApiFactory();
        factory.Settings["Api:Timeout"] = "00:00:00.200";
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<Neo4j.Client.ICypherClient>(hanging))).CreateClient();

        var (status, body) = await ApiCalls.PostAsync(client, """{ search(text: "a") { id } }""");

        status.Should().Be(HttpStatusCode.GatewayTimeout);
        ApiCalls.Code(body).Should().Be("TIMEOUT");
        await hanging.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
