using InnoGraph.Neo4j.Local;

namespace InnoGraph.Testing;

/// <summary>
/// A launcher cache of this test host's own, so that the servers the tests start (and CLI runs that look for one)
/// never see or touch the user's detached Neo4j or instances. It shares the Neo4j distribution of the user's cache,
/// installed there on first use, and is deleted when the host exits.
/// </summary>
public static class TestCache
{
    private static readonly Lazy<Task<string>> Cache = new(CreateAsync);

    /// <summary>The cache directory, with the distribution in place.</summary>
    public static Task<string> DirectoryAsync() => Cache.Value;

    private static async Task<string> CreateAsync()
    {
        var shared = LocalNeo4jOptions.DefaultCacheDirectory();
        await Neo4jDistribution.EnsureInstalledAsync(shared, progress: null, CancellationToken.None);
        var cache = Directory.CreateTempSubdirectory("innograph-test-cache-").FullName;
        Directory.CreateSymbolicLink(Path.Combine(cache, "dist"), Path.Combine(shared, "dist"));
        TestProcessGuard.AtExit(() =>
        {
            TestProcessGuard.KillNeo4jUnder(cache);

            // The link first, so that deleting the cache can never reach the shared distribution.
            File.Delete(Path.Combine(cache, "dist"));
            Directory.Delete(cache, recursive: true);
        });
        return cache;
    }
}
