using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Neo4jClient;

[Collection(SeededGraphCollection.Name)]
public sealed class ErrorsOnRealNeo4jTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string Setup = "MERGE (:DeadlockProbe {id: 'a'}) MERGE (:DeadlockProbe {id: 'b'})";

    [Fact]
    public async Task a_deadlock_is_a_transient_error_with_neo4js_code()
    {
        await using var first = await graph.Cypher.BeginTransactionAsync(CancellationToken.None);
        await using var second = await graph.Cypher.BeginTransactionAsync(CancellationToken.None);
        await first.RunAsync([Lock("a")], CancellationToken.None);
        await second.RunAsync([Lock("b")], CancellationToken.None);

        var firstWaits = first.RunAsync([Lock("b")], CancellationToken.None);
        var secondWaits = second.RunAsync([Lock("a")], CancellationToken.None);
        var outcomes = await Task.WhenAll(Capture(firstWaits), Capture(secondWaits));

        var failure = outcomes.OfType<Neo4jException>().Should().ContainSingle("Neo4j breaks a deadlock by failing one of the two").Subject;
        failure.Should().BeOfType<Neo4jTransientException>();
        failure.Code.Should().Be(Neo4jErrorCodes.DeadlockDetected);
        failure.IsTransient.Should().BeTrue();
    }

    [Fact]
    public async Task retry_safe_units_that_deadlock_are_run_again_until_both_commit()
    {
        async Task<int> LockBothAsync(string firstId, string secondId) => await graph.Cypher.InTransactionAsync(
            async (transaction, token) =>
            {
                await transaction.RunAsync([Lock(firstId)], token);
                await Task.Delay(300, token);
                await transaction.RunAsync([Lock(secondId)], token);
                return 1;
            },
            WorkKind.RetrySafe,
            CancellationToken.None);

        var committed = await Task.WhenAll(LockBothAsync("a", "b"), LockBothAsync("b", "a"));

        committed.Should().Equal(1, 1);
        var touches = await graph.QueryAsync<long>("MATCH (p:DeadlockProbe) RETURN sum(p.touched) AS total");
        touches.Single().Should().Be(4, "each of the two units touched both nodes once, and a rolled-back attempt leaves nothing");
    }

    [Fact]
    public async Task a_syntax_error_is_not_retried_and_keeps_neo4js_code_and_message()
    {
        using var scope = graph.Cypher.RoundTrips.BeginScope();

        var act = () => graph.Cypher.RunAsync(new CypherStatement("MATCH (n RETURN n"), WorkKind.RetrySafe, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jSyntaxException>()).Which;
        error.Code.Should().Be(Neo4jErrorCodes.SyntaxError);
        error.ServerMessage.Should().NotBeNullOrWhiteSpace();
        scope.Count.Should().Be(1);
    }

    [Fact]
    public async Task a_second_entity_with_an_existing_id_breaks_the_uniqueness_constraint()
    {
        var act = () => graph.Cypher.RunAsync(
            new CypherStatement("CREATE (:Entity {id: 'region.jiaxing'})"), WorkKind.NotRetrySafe, CancellationToken.None);

        (await act.Should().ThrowAsync<Neo4jConstraintViolationException>()).Which.Code.Should().StartWith("Neo.ClientError.Schema.");
    }

    public async Task InitializeAsync() =>
        await graph.Cypher.RunAsync(new CypherStatement("MATCH (p:DeadlockProbe) DELETE p"), WorkKind.RetrySafe, CancellationToken.None)
            .ContinueWith(_ => graph.Cypher.RunAsync(new CypherStatement(Setup), WorkKind.RetrySafe, CancellationToken.None)).Unwrap();

    public Task DisposeAsync() => graph.Cypher.RunAsync(new CypherStatement("MATCH (p:DeadlockProbe) DELETE p"), WorkKind.RetrySafe, CancellationToken.None);

    private static CypherStatement Lock(string id) =>
        CypherStatement.Of("MATCH (p:DeadlockProbe {id: $id}) SET p.touched = coalesce(p.touched, 0) + 1", ("id", id));

    private static async Task<Exception?> Capture(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
