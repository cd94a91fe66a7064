using InnoGraph.Neo4j.Client;

namespace InnoGraph.Neo4j.Tests.Client;

public sealed class DiscoveryTests
{
    [Fact]
    public async Task neo4j_3_uses_the_data_transaction_endpoint()
    {
        using var client = ClientFactory.Over(ScriptedNeo4j.Version3());

        var info = await client.GetServerInfoAsync(CancellationToken.None);

        info.Should().Be(new ServerInfo("3.1.1", "community", Neo4jEndpoint.Transactional, "/db/data/transaction"));
        info.SchemaDialect.Should().Be("v3");
    }

    [Fact]
    public async Task neo4j_5_without_the_query_api_uses_the_database_transaction_endpoint()
    {
        var script = new ScriptedNeo4j().Then("""{"transaction":"http://localhost:7474/db/{databaseName}/tx","neo4j_version":"5.12.0","neo4j_edition":"community"}""");
        using var client = ClientFactory.Over(script);

        var info = await client.GetServerInfoAsync(CancellationToken.None);

        info.Should().Be(new ServerInfo("5.12.0", "community", Neo4jEndpoint.Transactional, "/db/neo4j/tx"));
        info.SchemaDialect.Should().Be("v5");
    }

    [Fact]
    public async Task neo4j_5_with_the_query_api_sends_single_statements_there()
    {
        var script = new ScriptedNeo4j()
            .Then("""{"transaction":"http://localhost:7474/db/{databaseName}/tx","query":"http://localhost:7474/db/{databaseName}/query/v2","neo4j_version":"5.26.0","neo4j_edition":"enterprise"}""")
            .Then("""{"data":{"fields":["x"],"values":[[7]]},"bookmarks":[]}""", System.Net.HttpStatusCode.Accepted)
            .Then("""{"results":[{"columns":["x"],"data":[{"row":[1]}]},{"columns":["y"],"data":[{"row":[2]}]}],"errors":[]}""");
        using var client = ClientFactory.Over(script);

        var single = await client.RunAsync(new CypherStatement("RETURN 7 AS x"), WorkKind.RetrySafe, CancellationToken.None);
        var several = await client.RunAsync([new CypherStatement("RETURN 1 AS x"), new CypherStatement("RETURN 2 AS y")], WorkKind.RetrySafe, CancellationToken.None);

        single.Scalars<int>().Should().Equal(7);
        several.Select(r => r.Scalars<int>()[0]).Should().Equal(1, 2);
        script.Requests.Should().Equal("GET /", "POST /db/neo4j/query/v2", "POST /db/neo4j/tx/commit");
        (await client.GetServerInfoAsync(CancellationToken.None)).Endpoint.Should().Be(Neo4jEndpoint.QueryApiV2);
    }
}
