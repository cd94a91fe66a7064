using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Tests.Client;

/// <summary>What the client forgets when the server goes away (protocol level; the real restart is in tests/InnoGraph.Neo4j.Local.Tests/Restart/RestartTests).</summary>
public sealed class RediscoveryTests
{
    private static readonly CypherStatement Statement = new("RETURN 1 AS x");

    [Fact]
    public async Task after_the_server_was_unreachable_the_next_request_discovers_it_again()
    {
        var script = ScriptedNeo4j.Version3().Then(ScriptedNeo4j.Ok).ThenRefused()
            .Then(ScriptedNeo4j.Discovery3).Then(ScriptedNeo4j.Data3).Then(ScriptedNeo4j.Ok);
        using var client = ClientFactory.Over(script, maxRetries: 0);

        await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);
        var down = () => client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);
        await down.Should().ThrowAsync<Neo4jUnavailableException>();
        var back = await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        back.Rows.Should().HaveCount(1);
        script.Requests.Should().Equal(
            "GET /", "GET /db/data/", "POST /db/data/transaction/commit",
            "POST /db/data/transaction/commit",
            "GET /", "GET /db/data/", "POST /db/data/transaction/commit");
    }

    [Fact]
    public async Task a_working_server_is_discovered_once()
    {
        var script = ScriptedNeo4j.Version3().Then(ScriptedNeo4j.Ok).Then(ScriptedNeo4j.Ok);
        using var client = ClientFactory.Over(script, maxRetries: 0);

        await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);
        await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        script.Requests.Count(r => r == "GET /").Should().Be(1);
    }
}
