using System.Net;
using System.Net.Sockets;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests.Restart;

/// <summary>A restarted local Neo4j is found where it was, by the launcher and by a client that was never recreated.</summary>
[Collection(LocalNeo4jCollection.Name)]
public sealed class RestartTests(LocalNeo4jCacheFixture cache)
{
    private static readonly CypherStatement ReturnOne = new("RETURN 1 AS one");

    [Fact]
    public async Task a_persistent_data_directory_is_served_on_the_same_ports_after_a_restart_with_the_heap_asked_for()
    {
        using var data = new TemporaryDirectory();
        var options = cache.Options() with { DataDirectory = data.Path, HeapMegabytes = 300 };

        Uri firstHttp, firstBolt;
        await using (var first = await LocalNeo4jServer.StartAsync(options))
        {
            (firstHttp, firstBolt) = (first.HttpUri, first.BoltUri);
            UnixProcess.CommandLine(first.ProcessId).Should().Contain("-Xmx300m");
        }

        await using var second = await LocalNeo4jServer.StartAsync(options);

        second.HttpUri.Should().Be(firstHttp);
        second.BoltUri.Should().Be(firstBolt);
        File.Exists(Path.Combine(data.Path, PortsFile.FileName)).Should().BeTrue();
        (await Neo4jHttp.ReturnOneAsync(second.HttpUri, second.User, second.Password)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_recorded_port_held_by_another_program_is_refused_in_one_line_that_says_what_to_do()
    {
        using var data = new TemporaryDirectory();
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var bolt = ((IPEndPoint)other.LocalEndpoint).Port;
        other.Stop();
        PortsFile.Write(data.Path, new RecordedPorts(taken, bolt));

        var start = () => LocalNeo4jServer.StartAsync(cache.Options() with { DataDirectory = data.Path });

        var refused = (await start.Should().ThrowAsync<LocalNeo4jException>()).Which;
        refused.Message.Should().Contain($"HTTP {taken}").And.Contain("--port").And.NotContain("\n");
        PortsFile.Read(data.Path).Should().Be(new RecordedPorts(taken, bolt), "a refused start keeps the record");
    }

    [Fact]
    public async Task a_second_start_on_a_data_directory_in_use_is_refused_in_one_line_without_a_java_stack_trace()
    {
        using var data = new TemporaryDirectory();
        var options = cache.Options() with { DataDirectory = data.Path };
        await using var first = await LocalNeo4jServer.StartAsync(options);

        var second = () => LocalNeo4jServer.StartAsync(options);

        var refused = (await second.Should().ThrowAsync<LocalNeo4jException>()).Which;
        refused.Message.Should().Contain("already in use").And.Contain($"pid {first.ProcessId}").And.NotContain("\n").And.NotContain("Exception");
        first.IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task a_client_finds_a_restarted_server_with_a_new_password_without_being_recreated()
    {
        using var data = new TemporaryDirectory();
        var options = cache.Options() with { DataDirectory = data.Path };
        var first = await LocalNeo4jServer.StartAsync(options);
        using var client = Neo4jHttpClient.Create(new Neo4jOptions
        {
            Uri = first.HttpUri.ToString(),
            User = first.User,
            PasswordFile = first.PasswordFilePath,
            MaxRetries = 0,
            BreakDuration = TimeSpan.FromSeconds(1),
        });
        (await client.RunAsync(ReturnOne, WorkKind.RetrySafe, CancellationToken.None)).Rows.Should().HaveCount(1);
        var oldPassword = first.Password;
        await first.StopAsync();

        var whileDown = () => client.RunAsync(ReturnOne, WorkKind.RetrySafe, CancellationToken.None);
        await whileDown.Should().ThrowAsync<Neo4jUnavailableException>();

        // A fresh set of users on the same data and ports: Neo4j now only accepts a new password.
        File.Delete(Path.Combine(data.Path, "dbms", "auth"));
        File.Delete(first.PasswordFilePath);
        await using var second = await LocalNeo4jServer.StartAsync(options);
        second.HttpUri.Should().Be(first.HttpUri);
        second.Password.Should().NotBe(oldPassword);

        var answered = await Eventually.HoldsAsync(() => Answers(client));

        answered.Should().BeTrue("the client should discover the server again and read the new password from the file");
    }

    [Fact]
    public async Task an_out_of_memory_in_neo4j_is_its_own_error_that_says_to_raise_the_heap()
    {
        await using var server = await LocalNeo4jServer.StartAsync(cache.Options() with { HeapMegabytes = Neo4jHeap.MinimumMegabytes });
        using var client = Neo4jHttpClient.Create(new Neo4jOptions
        {
            Uri = server.HttpUri.ToString(), User = server.User, Password = server.Password, RequestTimeout = TimeSpan.FromMinutes(2),
        });
        var hungry = new CypherStatement("UNWIND range(1, 50000000) AS i RETURN collect(toString(i)) AS all");

        var run = () => client.RunAsync(hungry, WorkKind.NotRetrySafe, CancellationToken.None);

        var failure = (await run.Should().ThrowAsync<Neo4jOutOfMemoryException>()).Which;
        failure.Should().BeAssignableTo<Neo4jException>();
        failure.Message.Should().Contain(Neo4jHeap.Setting).And.Contain("smaller batches");
    }

    private static bool Answers(Neo4jHttpClient client)
    {
        try
        {
            return client.RunAsync(ReturnOne, WorkKind.RetrySafe, CancellationToken.None).GetAwaiter().GetResult().Rows.Count == 1;
        }
        catch (Neo4jUnavailableException)
        {
            return false;
        }
    }
}
