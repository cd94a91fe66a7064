using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Testing;

/// <summary>
/// Chooses the Neo4j for integration tests: <c>NEO4J_TEST_URI</c> (with <c>NEO4J_TEST_USER</c>,
/// <c>NEO4J_TEST_PASSWORD</c>) when set; else a <c>neo4j:5</c> container where a Docker engine
/// answers; else a local Neo4j started by the launcher on an ephemeral data directory.
/// </summary>
public static class TestNeo4jProvider
{
    public static async Task<TestNeo4j> StartAsync(CancellationToken cancellationToken = default)
    {
        if (Environment.GetEnvironmentVariable("NEO4J_TEST_URI") is { Length: > 0 } uri)
        {
            var options = new Neo4jOptions
            {
                Uri = uri,
                User = Environment.GetEnvironmentVariable("NEO4J_TEST_USER"),
                Password = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD"),
            };
            return new TestNeo4j(options, $"NEO4J_TEST_URI {uri}", () => Task.CompletedTask);
        }

        if (await DockerEngine.AnswersAsync(cancellationToken))
        {
            return await Neo4jContainer.StartAsync(cancellationToken);
        }

        return await StartLocalAsync(cancellationToken);
    }

    /// <summary>A fresh local Neo4j of its own, for tests that change the whole graph or stop the server.</summary>
    public static async Task<TestNeo4j> StartLocalAsync(CancellationToken cancellationToken = default)
    {
        var options = new LocalNeo4jOptions { CacheDirectory = await TestCache.DirectoryAsync() };
        var server = await LocalNeo4jServer.StartAsync(options, progress: null, cancellationToken);
        var client = new Neo4jOptions { Uri = server.HttpUri.ToString(), User = server.User, Password = server.Password };
        return new TestNeo4j(client, $"local Neo4j {server.Version} at {server.HttpUri}", () => server.StopAsync(CancellationToken.None), server);
    }
}
