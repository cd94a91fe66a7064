using System.Diagnostics;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Neo4j.Tests.Local;

/// <summary>A real .NET parent (the launcher probe program) starts a server and then dies in various ways.</summary>
[Collection(LocalNeo4jCollection.Name)]
public sealed class ParentProcessTests(LocalNeo4jCacheFixture cache)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task killing_the_parent_with_sigkill_ends_its_java_and_removes_its_ephemeral_data()
    {
        using var probe = StartProbe();
        var (javaPid, data) = await ReadServerAsync(probe);
        UnixProcess.IsAlive(javaPid).Should().BeTrue();

        probe.Kill();

        (await Eventually.HoldsAsync(() => !UnixProcess.IsAlive(javaPid), Bound)).Should().BeTrue("the watchdog stops java when its parent dies");
        (await Eventually.HoldsAsync(() => !Directory.Exists(data), Bound)).Should().BeTrue();
    }

    [Theory]
    [InlineData(UnixProcess.SigTerm)]
    [InlineData(2)]
    public async Task a_parent_stopped_by_a_signal_stops_its_java_before_it_exits(int signal)
    {
        using var probe = StartProbe();
        var (javaPid, data) = await ReadServerAsync(probe);

        UnixProcess.Signal(probe.Id, signal);

        (await Eventually.HoldsAsync(() => probe.HasExited, Bound)).Should().BeTrue();
        UnixProcess.IsAlive(javaPid).Should().BeFalse("the exit handler waits for java before the parent exits");
        Directory.Exists(data).Should().BeFalse();
    }

    private Process StartProbe()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InnoGraph.Neo4j.LauncherProbe.dll"));
        start.ArgumentList.Add(cache.CacheDirectory);
        return Process.Start(start)!;
    }

    private static async Task<(int JavaPid, string Data)> ReadServerAsync(Process probe)
    {
        using var timeout = new CancellationTokenSource(Bound);
        var pidLine = await probe.StandardOutput.ReadLineAsync(timeout.Token);
        var dataLine = await probe.StandardOutput.ReadLineAsync(timeout.Token);
        pidLine.Should().StartWith("pid ", "the probe prints the java pid once the server is ready");
        dataLine.Should().StartWith("data ");
        return (int.Parse(pidLine!["pid ".Length..], System.Globalization.CultureInfo.InvariantCulture), dataLine!["data ".Length..]);
    }
}
