using System.Diagnostics;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

public sealed class DetachedStatusTests
{
    [Fact]
    public async Task without_a_state_file_the_server_is_stopped()
    {
        using var cache = new TemporaryDirectory();

        var status = await LocalNeo4jServer.GetStatusAsync(cache.Path);

        status.State.Should().Be(LocalNeo4jState.Stopped);
        status.ProcessId.Should().BeNull();
        (await LocalNeo4jServer.AttachAsync(cache.Path)).Should().BeNull();
        (await LocalNeo4jServer.StopDetachedAsync(cache.Path)).Should().BeFalse();
    }

    [Fact]
    public async Task a_record_whose_pid_is_some_other_process_is_stale_and_never_signalled()
    {
        using var cache = new TemporaryDirectory();
        using var other = Process.Start(new ProcessStartInfo("sleep", "300"))!;
        try
        {
            var instance = Path.Combine(cache.Path, "instances", "x");
            Directory.CreateDirectory(instance);
            DetachedStateFile.Write(cache.Path, new DetachedServerRecord(
                other.Id, 17474, 17687, Path.Combine(cache.Path, "data"), instance, "3.1.1", DateTimeOffset.UtcNow));

            var status = await LocalNeo4jServer.GetStatusAsync(cache.Path);
            var attached = await LocalNeo4jServer.AttachAsync(cache.Path);
            var stopped = await LocalNeo4jServer.StopDetachedAsync(cache.Path);

            status.State.Should().Be(LocalNeo4jState.Stale);
            status.ProcessId.Should().Be(other.Id);
            attached.Should().BeNull();
            stopped.Should().BeFalse();
            other.HasExited.Should().BeFalse();
            File.Exists(DetachedStateFile.PathFor(cache.Path)).Should().BeFalse();
            Directory.Exists(instance).Should().BeFalse();
        }
        finally
        {
            other.Kill();
        }
    }

    [Fact]
    public void the_state_file_round_trips()
    {
        using var cache = new TemporaryDirectory();
        var record = new DetachedServerRecord(42, 1, 2, "/d", "/i", "3.1.1", new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

        DetachedStateFile.Write(cache.Path, record);

        DetachedStateFile.Read(cache.Path).Should().Be(record);
    }
}
