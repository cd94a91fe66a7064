using System.Security.Cryptography;
using DotNet.Testcontainers.Builders;
using InnoGraph.Neo4j.Configuration;

namespace InnoGraph.Testing;

/// <summary>A <c>neo4j:5</c> container for integration tests, used only where a Docker engine answers.</summary>
public static class Neo4jContainer
{
    public const string Image = "neo4j:5.26";

    public static async Task<TestNeo4j> StartAsync(CancellationToken cancellationToken)
    {
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        var container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{password}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync(cancellationToken);
        var uri = new UriBuilder("http", container.Hostname, container.GetMappedPublicPort(7474)).Uri;
        var options = new Neo4jOptions { Uri = uri.ToString(), User = "neo4j", Password = password };
        return new TestNeo4j(options, $"container {Image} at {uri}", () => container.DisposeAsync().AsTask());
    }
}
