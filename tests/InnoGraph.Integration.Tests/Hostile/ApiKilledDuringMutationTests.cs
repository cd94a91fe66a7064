using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Client;
using Xunit.Abstractions;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// <c>innograph serve</c> killed with SIGKILL while a large mutation batch is in flight: afterwards the
/// graph holds all of the batch or none of it, never a part. Kill points vary (before the body is
/// complete, right after it, and a few delays later); the assertion never depends on timing.
/// </summary>
[Collection(ScratchNeo4jCollection.Name)]
public sealed class ApiKilledDuringMutationTests(ScratchNeo4jFixture neo4j, ITestOutputHelper output) : IAsyncLifetime
{
    private const string Key = "fault-suite-key-0123456789abcdef";
    private const int Entities = 120;

    public async Task InitializeAsync()
    {
        await neo4j.ClearAsync();
        var compiled = SeedCompiler.CompileDirectory(Testing.RepositoryPaths.Seeds);
        using var client = neo4j.NewClient();
        await new SeedLoader(client).LoadAsync(compiled.Dataset!, progress: null, CancellationToken.None);
    }

    public Task DisposeAsync() => neo4j.ClearAsync();

    [Fact]
    public async Task a_mutation_batch_is_in_the_graph_entirely_or_not_at_all_when_the_api_is_killed_during_it()
    {
        // Unkilled first: the batch is valid and is written whole, so "none" below is not the only possible outcome.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (written, answered) = await RunAsync("whole", killAfter: null);
        output.WriteLine($"an undisturbed batch took {clock.ElapsedMilliseconds} ms with the API's start");
        answered.Should().BeTrue();
        written.Should().Be((Entities, Entities), "an undisturbed batch is written whole");

        var seen = new List<string>();
        var kills = new (string Name, TimeSpan? Delay)[]
        {
            ("body-half-sent", TimeSpan.Zero), ("0ms", TimeSpan.Zero), ("20ms", TimeSpan.FromMilliseconds(20)), ("60ms", TimeSpan.FromMilliseconds(60)),
            ("150ms", TimeSpan.FromMilliseconds(150)), ("400ms", TimeSpan.FromMilliseconds(400)),
            ("550ms", TimeSpan.FromMilliseconds(550)), ("700ms", TimeSpan.FromMilliseconds(700)), ("850ms", TimeSpan.FromMilliseconds(850)), ("1000ms", TimeSpan.FromMilliseconds(1000)),
        };
        foreach (var (name, delay) in kills)
        {
            var (outcome, answeredBeforeKill) = await RunAsync(name, delay, halfBody: name == "body-half-sent");
            seen.Add($"{name}: {outcome.Nodes} entities, {outcome.Relations} relations{(answeredBeforeKill ? " (answered before the kill)" : "")}");
            if (name == "body-half-sent")
            {
                outcome.Should().Be((0, 0), "a request whose body never arrived cannot have written anything");
            }
            else if (answeredBeforeKill)
            {
                outcome.Should().Be((Entities, Entities), "the batch was answered before the kill");
            }
            else
            {
                outcome.Should().BeOneOf([(0L, 0L), ((long)Entities, (long)Entities)], $"the batch killed at {name} must be all or nothing");
            }
        }

        // A commit Neo4j was already running when the API died may land after the count above; later, every batch is still whole or absent.
        foreach (var run in kills.Select(k => k.Name))
        {
            var later = await CountAsync($"inst.fault-{run}-");
            seen.Add($"{run} at the end: {later.Item1} entities, {later.Item2} relations");
            later.Should().BeOneOf([(0L, 0L), ((long)Entities, (long)Entities)], $"the batch killed at {run} must be all or nothing, also later");
        }

        output.WriteLine(string.Join("\n", seen));
    }

    /// <summary>Starts the API, sends the batch over a bare socket, kills the API at the given point and counts what the batch wrote.</summary>
    private async Task<((long Nodes, long Relations) Written, bool Answered)> RunAsync(string run, TimeSpan? killAfter, bool halfBody = false)
    {
        var prefix = $"inst.fault-{run}-";
        await using var api = await ServedApi.StartAsync(new Dictionary<string, string>
        {
            ["NEO4J_URI"] = neo4j.Options.Uri,
            ["NEO4J_USER"] = neo4j.Options.User ?? "",
            ["NEO4J_PASSWORD"] = neo4j.Options.Password ?? "",
            ["Api__Keys__fault"] = Key,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",

            // A batch far above the default request limits, so that its commit takes long enough for a kill to land in it.
            ["Api__MaxRootFields"] = "300",
            ["Api__MaxAliases"] = "300",
            ["Api__MaxTokens"] = "100000",
            ["Api__MaxFields"] = "20000",
            ["Api__MaxComplexity"] = "1000000",
            ["Api__MaxDatabaseCost"] = "1000000",
        });
        await WarmUpAsync(api, run);
        var body = Encoding.UTF8.GetBytes(GraphQLRequests.Json(Batch(prefix)));
        body.Length.Should().BeLessThan(64 * 1024, "the batch must fit the request limit");
        var head = Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:{api.Port}\r\nContent-Type: application/json\r\nAccept: application/json\r\nX-Api-Key: {Key}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", api.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(head);
        await stream.WriteAsync(halfBody ? body.AsMemory(0, body.Length / 2) : body);
        var reading = ReadToEndAsync(stream);
        if (killAfter is { } delay)
        {
            await Task.WhenAny(reading, Task.Delay(delay));
            var answered = IsAnswered(reading);
            await api.KillAsync();
            return (await CountAsync(prefix), answered);
        }

        var response = await reading;
        response.Should().Contain("\"data\"").And.NotContain("\"errors\"");
        return (await CountAsync(prefix), true);
    }

    /// <summary>A small write first, so that the batch meets a started API (compiled, connected) and the kill lands in its work, not in start-up.</summary>
    private static async Task WarmUpAsync(ServedApi api, string run)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(GraphQLRequests.Json($$"""mutation { upsertEntity(input: { id: "inst.warm-{{run}}", kind: "Institute", name: "预热院", sources: ["{{HostileContext.Locator}}"] }) { id } }"""), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await http.SendAsync(request);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("\"errors\"");
    }

    private static bool IsAnswered(Task<string> reading) =>
        reading.IsCompletedSuccessfully && reading.Result.Contains("\"data\"", StringComparison.Ordinal) && !reading.Result.Contains("\"errors\"", StringComparison.Ordinal);

    private static async Task<string> ReadToEndAsync(NetworkStream stream)
    {
        try
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
            return await reader.ReadToEndAsync();
        }
        catch (IOException)
        {
            return ""; // the server was killed
        }
    }

    private async Task<(long, long)> CountAsync(string prefix)
    {
        using var client = neo4j.NewClient();
        var results = await client.RunAsync(
            [
                CypherStatement.Of("MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n", ("p", prefix)),
                CypherStatement.Of("MATCH (n:Entity)-[r]->() WHERE n.id STARTS WITH $p RETURN count(r) AS n", ("p", prefix)),
            ],
            WorkKind.RetrySafe,
            CancellationToken.None);
        return (Count(results[0]), Count(results[1]));
    }

    private static long Count(CypherResult result) => result.Rows[0][0].GetInt64();

    /// <summary>One request: each entity followed by its relation, so a partial write would show as a smaller count of both.</summary>
    private static string Batch(string prefix)
    {
        var fields = new StringBuilder("mutation {");
        for (var i = 0; i < Entities; i++)
        {
            var id = prefix + i.ToString(CultureInfo.InvariantCulture);
            fields.Append(CultureInfo.InvariantCulture, $" e{i}: upsertEntity(input: {{ id: {JsonSerializer.Serialize(id)}, kind: \"Institute\", name: \"故障测试院{i}\", sources: [\"{HostileContext.Locator}\"] }}) {{ id }}");
            fields.Append(CultureInfo.InvariantCulture, $" r{i}: addRelation(input: {{ from: {JsonSerializer.Serialize(id)}, type: \"LOCATED_IN\", to: \"{HostileContext.Hub}\", sources: [\"{HostileContext.Locator}\"] }}) {{ id }}");
        }

        return fields.Append(" }").ToString();
    }
}
