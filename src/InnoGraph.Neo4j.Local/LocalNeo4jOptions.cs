namespace InnoGraph.Neo4j.Local;

/// <summary>How to provide and start the local Neo4j Community 3.1.1.</summary>
public sealed record LocalNeo4jOptions
{
    /// <summary>
    /// Where the Neo4j distribution, instance directories and the detached server's state are kept.
    /// Defaults to <see cref="DefaultCacheDirectory"/>.
    /// </summary>
    public string CacheDirectory { get; init; } = DefaultCacheDirectory();

    /// <summary>
    /// The data directory. <c>null</c> means an ephemeral directory that is deleted when the server stops;
    /// a path means persistent data whose generated password is reused on later starts.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>The HTTP port on 127.0.0.1; 0 picks a free one.</summary>
    public int HttpPort { get; init; }

    /// <summary>The Bolt port on 127.0.0.1; 0 picks a free one.</summary>
    public int BoltPort { get; init; }

    /// <summary>The Java heap size in megabytes; null for <see cref="Neo4jHeap.FromEnvironment"/> (INNOGRAPH_NEO4J_HEAP or a quarter of the memory).</summary>
    public int? HeapMegabytes { get; init; }

    /// <summary>
    /// Whether Neo4j samples its indexes again in the background as they change (its default). Off, an index keeps the
    /// statistics of its creation, as a fast-growing load sees them: for tests of the plans Neo4j chooses then.
    /// </summary>
    public bool IndexSamplingInBackground { get; init; } = true;

    /// <summary>How long to wait for the server to answer an authenticated query.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>$INNOGRAPH_CACHE_DIR</c> if set, else <c>$XDG_CACHE_HOME/innograph</c>, else <c>~/.cache/innograph</c>.
    /// </summary>
    public static string DefaultCacheDirectory()
    {
        var explicitDirectory = Environment.GetEnvironmentVariable("INNOGRAPH_CACHE_DIR");
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return Path.GetFullPath(explicitDirectory);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "innograph");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".cache", "innograph");
    }

    /// <summary>The persistent data directory of the default run: <c>&lt;cache&gt;/neo4j/data</c>.</summary>
    public static string DefaultDataDirectory(string cacheDirectory) =>
        Path.Combine(cacheDirectory, "neo4j", "data");

    /// <summary>The heap this start uses: <see cref="HeapMegabytes"/> when set, else <see cref="Neo4jHeap.FromEnvironment"/>.</summary>
    /// <exception cref="LocalNeo4jException">The heap setting is not valid.</exception>
    public int ResolveHeapMegabytes() => HeapMegabytes ?? Neo4jHeap.FromEnvironment();

    /// <summary>These options with <see cref="DataDirectory"/> set to the persistent default in the cache.</summary>
    public LocalNeo4jOptions WithDefaultDataDirectory() =>
        this with { DataDirectory = DefaultDataDirectory(CacheDirectory) };
}
