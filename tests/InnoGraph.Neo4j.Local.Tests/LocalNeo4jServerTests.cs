using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

[Collection(LocalNeo4jCollection.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class LocalNeo4jServerTests(LocalNeo4jCacheFixture cache)
{
    [Fact]
    public async Task an_ephemeral_server_answers_its_password_refuses_a_wrong_one_and_leaves_nothing_behind()
    {
        var progress = new RecordingProgress();
        var server = await LocalNeo4jServer.StartAsync(cache.Options(), progress);
        var pid = server.ProcessId;
        var data = server.DataDirectory;
        try
        {
            server.User.Should().Be("neo4j");
            server.Version.Should().Be("3.1.1");
            server.IsEphemeral.Should().BeTrue();
            server.HttpUri.Host.Should().Be("127.0.0.1");
            UnixProcess.CommandLine(pid).Should().Contain(UnixProcess.Neo4jMainClass);

            var ok = await Neo4jHttp.ReturnOneAsync(server.HttpUri, server.User, server.Password);
            var wrong = await Neo4jHttp.ReturnOneAsync(server.HttpUri, server.User, server.Password + "x");
            var defaultPassword = await Neo4jHttp.ReturnOneAsync(server.HttpUri, "neo4j", "neo4j");

            ok.Status.Should().Be(HttpStatusCode.OK);
            ok.Body.Should().Contain("\"row\":[1]").And.Contain("\"errors\":[]");
            wrong.Status.Should().Be(HttpStatusCode.Unauthorized);
            defaultPassword.Status.Should().Be(HttpStatusCode.Unauthorized);
        }
        finally
        {
            await server.StopAsync();
        }

        UnixProcess.IsAlive(pid).Should().BeFalse();
        server.IsRunning.Should().BeFalse();
        Directory.Exists(data).Should().BeFalse();
        progress.Messages.Should().Contain(m => m.StartsWith("Neo4j 3.1.1 is ready at " + server.HttpUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_chosen_port_taken_before_neo4j_binds_it_makes_the_start_try_again_on_other_ports()
    {
        TcpListener? thief = null;
        var stolen = 0;
        PortReservation.AfterRelease.Value = ports =>
        {
            // Another program binds the HTTP port in the window between its release and Neo4j's bind, once.
            if (thief is null)
            {
                stolen = ports.Http;
                thief = new TcpListener(IPAddress.Loopback, ports.Http);
                thief.Start();
            }
        };
        var progress = new RecordingProgress();
        try
        {
            await using var server = await LocalNeo4jServer.StartAsync(cache.Options(), progress);

            stolen.Should().BeGreaterThan(0);
            server.HttpUri.Port.Should().NotBe(stolen);
            (await Neo4jHttp.ReturnOneAsync(server.HttpUri, server.User, server.Password)).Status.Should().Be(HttpStatusCode.OK);
            progress.Messages.Should().Contain(m => m.Contains($"Port {stolen} or", StringComparison.Ordinal) && m.Contains("starting again", StringComparison.Ordinal));
        }
        finally
        {
            PortReservation.AfterRelease.Value = null;
            thief?.Dispose();
        }
    }

    [Fact]
    public async Task a_persistent_data_directory_keeps_its_password_and_data_across_starts()
    {
        using var data = new TemporaryDirectory();
        var options = cache.Options() with { DataDirectory = data.Path };

        string firstPassword;
        await using (var first = await LocalNeo4jServer.StartAsync(options))
        {
            firstPassword = first.Password;
            first.IsEphemeral.Should().BeFalse();
        }

        await using var second = await LocalNeo4jServer.StartAsync(options);

        second.Password.Should().Be(firstPassword);
        (await Neo4jHttp.ReturnOneAsync(second.HttpUri, second.User, second.Password)).Status.Should().Be(HttpStatusCode.OK);
        var passwordFile = Path.Combine(data.Path, "innograph.password");
        File.ReadAllText(passwordFile).Should().Be(firstPassword);
        File.GetUnixFileMode(passwordFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await second.StopAsync();
        Directory.Exists(Path.Combine(data.Path, "databases", "graph.db")).Should().BeTrue();
    }

    [Fact]
    public async Task a_requested_port_that_is_taken_fails_with_a_clear_error_before_java_starts()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var start = () => LocalNeo4jServer.StartAsync(cache.Options() with { HttpPort = port });

        await start.Should().ThrowAsync<LocalNeo4jException>().WithMessage($"*Port {port}*already in use*");
    }

    [Fact]
    public async Task a_detached_server_outlives_its_handle_and_is_found_and_stopped_through_the_state_file()
    {
        var options = cache.Options();
        try
        {
            var started = await LocalNeo4jServer.StartDetachedAsync(options);
            await started.DisposeAsync();

            var status = await LocalNeo4jServer.GetStatusAsync(cache.CacheDirectory);
            await using var attached = await LocalNeo4jServer.AttachAsync(cache.CacheDirectory);
            var again = await LocalNeo4jServer.StartDetachedAsync(options);

            started.IsDetached.Should().BeTrue();
            started.DataDirectory.Should().Be(LocalNeo4jOptions.DefaultDataDirectory(cache.CacheDirectory));
            status.State.Should().Be(LocalNeo4jState.Running);
            status.ProcessId.Should().Be(started.ProcessId);
            attached.Should().NotBeNull();
            attached!.ProcessId.Should().Be(started.ProcessId);
            attached.Password.Should().Be(started.Password);
            again.ProcessId.Should().Be(started.ProcessId);
            (await Neo4jHttp.ReturnOneAsync(attached.HttpUri, attached.User, attached.Password)).Status.Should().Be(HttpStatusCode.OK);

            (await LocalNeo4jServer.StopDetachedAsync(cache.CacheDirectory)).Should().BeTrue();

            UnixProcess.IsAlive(started.ProcessId).Should().BeFalse();
            (await LocalNeo4jServer.GetStatusAsync(cache.CacheDirectory)).State.Should().Be(LocalNeo4jState.Stopped);
        }
        finally
        {
            await LocalNeo4jServer.StopDetachedAsync(cache.CacheDirectory);
        }
    }
}
