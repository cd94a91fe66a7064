using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

/// <summary>
/// A cache of its own for the test run, so that tests never touch the user's detached server or instances,
/// sharing the Neo4j distribution of the user's cache (installed there on first use).
/// </summary>
public sealed class LocalNeo4jCacheFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();

    public string CacheDirectory => _directory.Path;

    public string InstancesDirectory => Path.Combine(CacheDirectory, "instances");

    public async Task InitializeAsync()
    {
        var shared = LocalNeo4jOptions.DefaultCacheDirectory();
        await Neo4jDistribution.EnsureInstalledAsync(shared, progress: null, CancellationToken.None);
        Directory.CreateSymbolicLink(Path.Combine(CacheDirectory, "dist"), Path.Combine(shared, "dist"));
    }

    public Task DisposeAsync()
    {
        // Whatever a failed test left running in this cache (a detached server, say) goes before its directory.
        TestProcessGuard.KillNeo4jUnder(CacheDirectory);
        File.Delete(Path.Combine(CacheDirectory, "dist"));
        _directory.Dispose();
        return Task.CompletedTask;
    }

    public LocalNeo4jOptions Options() => new() { CacheDirectory = CacheDirectory, HeapMegabytes = 256 };
}
