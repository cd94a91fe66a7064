using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

/// <summary>A real .NET parent (the launcher probe program) starts a server and then dies in various ways.</summary>
[Collection(LocalNeo4jCollection.Name)]
public sealed class ParentProcessTests(LocalNeo4jCacheFixture cache)
{
    // Only stops a hung test; it measures nothing.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task killing_the_parent_with_sigkill_ends_its_java_and_removes_its_ephemeral_data()
    {
        using var probe = ProbeParent.Start(cache.CacheDirectory);
        await probe.ReadServerAsync(Bound);
        UnixProcess.IsAlive(probe.JavaPid).Should().BeTrue();

        probe.Kill();

        (await Eventually.HoldsAsync(() => !UnixProcess.IsAlive(probe.JavaPid), Bound)).Should().BeTrue("the watchdog stops java when its parent dies");
        (await Eventually.HoldsAsync(() => !Directory.Exists(probe.DataDirectory), Bound)).Should().BeTrue();
    }

    [Theory]
    [InlineData(UnixProcess.SigTerm)]
    [InlineData(2)]
    public async Task a_parent_stopped_by_a_signal_stops_its_java_before_it_exits(int signal)
    {
        using var probe = ProbeParent.Start(cache.CacheDirectory);
        await probe.ReadServerAsync(Bound);
        probe.SignalDispositions(signal).Should().Be("caught", "the probe was started with the signal ignored and must have put a handler in place");

        UnixProcess.Signal(probe.Id, signal);

        (await Eventually.HoldsAsync(() => probe.HasExited, Bound)).Should().BeTrue();
        UnixProcess.IsAlive(probe.JavaPid).Should().BeFalse("the exit handler waits for java before the parent exits");
        Directory.Exists(probe.DataDirectory).Should().BeFalse();
    }

    [Fact]
    public async Task a_parent_whose_test_host_goes_away_stops_its_java_and_exits()
    {
        using var probe = ProbeParent.Start(cache.CacheDirectory);
        await probe.ReadServerAsync(Bound);

        // What the kernel does to the probe's standard input when the test host dies, however it dies.
        probe.CloseInput();

        (await Eventually.HoldsAsync(() => probe.HasExited, Bound)).Should().BeTrue();
        UnixProcess.IsAlive(probe.JavaPid).Should().BeFalse();
        Directory.Exists(probe.DataDirectory).Should().BeFalse();
    }
}
