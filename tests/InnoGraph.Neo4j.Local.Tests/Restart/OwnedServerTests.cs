using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests.Restart;

/// <summary>The Neo4j that <c>serve</c> starts is recorded as its own, so the other commands see it, and only its owner stops it on exit.</summary>
[Collection(LocalNeo4jCollection.Name)]
public sealed class OwnedServerTests(LocalNeo4jCacheFixture cache)
{
    [Fact]
    public async Task a_started_child_is_recorded_as_owned_by_this_process_and_found_by_the_other_commands()
    {
        using var data = new TemporaryDirectory();
        var options = cache.Options() with { DataDirectory = data.Path };
        var owned = await LocalNeo4jServer.StartOrAttachAsync(options);
        try
        {
            var status = await LocalNeo4jServer.GetStatusAsync(cache.CacheDirectory);
            await using var attached = await LocalNeo4jServer.AttachAsync(cache.CacheDirectory);
            await using var again = await LocalNeo4jServer.StartOrAttachAsync(options);

            owned.IsDetached.Should().BeFalse();
            status.State.Should().Be(LocalNeo4jState.Running);
            status.OwnerProcessId.Should().Be(Environment.ProcessId);
            status.HttpUri.Should().Be(owned.HttpUri);
            attached!.ProcessId.Should().Be(owned.ProcessId);
            again.IsDetached.Should().BeTrue("a second serve uses the running server and must not stop it");
            again.ProcessId.Should().Be(owned.ProcessId);
        }
        finally
        {
            await owned.StopAsync();
        }

        (await LocalNeo4jServer.GetStatusAsync(cache.CacheDirectory)).State.Should().Be(LocalNeo4jState.Stopped);
    }

    [Fact]
    public async Task a_detached_start_after_the_owned_child_died_uses_the_same_data_and_ports()
    {
        using var data = new TemporaryDirectory();
        var options = cache.Options() with { DataDirectory = data.Path };
        var owned = await LocalNeo4jServer.StartOrAttachAsync(options);
        LocalNeo4jServer? detached = null;
        try
        {
            UnixProcess.Signal(owned.ProcessId, UnixProcess.SigKill);
            (await UnixProcess.WaitForExitAsync(owned.ProcessId, TimeSpan.FromSeconds(30), CancellationToken.None)).Should().BeTrue();
            (await LocalNeo4jServer.GetStatusAsync(cache.CacheDirectory)).State.Should().Be(LocalNeo4jState.Stale);

            detached = await LocalNeo4jServer.StartDetachedAsync(options);

            detached.HttpUri.Should().Be(owned.HttpUri);
            detached.DataDirectory.Should().Be(owned.DataDirectory);
            (await LocalNeo4jServer.GetStatusAsync(cache.CacheDirectory)).OwnerProcessId.Should().BeNull();
        }
        finally
        {
            await owned.StopAsync();
            if (detached is not null)
            {
                await detached.StopAsync();
            }
        }
    }
}
