using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Testing;

/// <summary>A Neo4j a test run talks to, and how it goes away when the run ends.</summary>
public sealed class TestNeo4j(Neo4jOptions options, string description, Func<Task> stop, LocalNeo4jServer? localServer = null) : IAsyncDisposable
{
    public Neo4jOptions Options { get; } = options;

    /// <summary>Which server this is, for test output: the environment's, a container or the local launcher's.</summary>
    public string Description { get; } = description;

    /// <summary>The launcher's server when this is one; tests that stop Neo4j need it.</summary>
    public LocalNeo4jServer? LocalServer { get; } = localServer;

    public ValueTask DisposeAsync() => new(stop());
}
