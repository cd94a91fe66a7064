using InnoGraph.Integration.Tests.Api;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Neo4jClient;

/// <summary>The client keeps its connection to Neo4j open between requests instead of connecting for each one.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ConnectionReuseTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task sequential_requests_share_one_connection()
    {
        await using var relay = new TcpRelay(graph.HttpUri);
        relay.Start();
        using var client = Neo4jHttpClient.Create(new Neo4jOptions { Uri = relay.Uri.ToString(), User = graph.User, Password = graph.Password });

        for (var i = 0; i < 10; i++)
        {
            await client.ReadAsync([CypherStatement.Of("RETURN $i AS i", ("i", i))], CancellationToken.None);
            await client.RunAsync(CypherStatement.Of("RETURN $i AS i", ("i", i)), WorkKind.RetrySafe, CancellationToken.None);
        }

        client.RoundTrips.Total.Should().BeGreaterThanOrEqualTo(20);
        relay.Accepted.Should().Be(1, "discovery and twenty statements go over the one kept-alive connection");
    }
}
