using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Neo4jClient;

/// <summary>
/// A statement that fails part-way through a multi-statement request rolls the whole request back, and the results
/// of the statements before it come with the error: the mutation batch reads a refused field's reasons from them.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class CompletedResultsOnRealNeo4jTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const string Guarded = "WITH $ok AS ok FOREACH (_ IN range(1, 1 / CASE WHEN ok THEN 1 ELSE 0 END) | CREATE (:GuardProbe {id: 'guarded'})) RETURN 1 AS done";

    [Fact]
    public async Task a_failing_guard_rolls_back_the_request_and_carries_the_results_before_it()
    {
        using var scope = graph.Cypher.RoundTrips.BeginScope();

        var act = () => graph.Cypher.RunAsync(
            [
                new CypherStatement("CREATE (p:GuardProbe {id: 'first'}) RETURN p.id AS id"),
                new CypherStatement("RETURN 7 AS seven"),
                CypherStatement.Of(Guarded, ("ok", false)),
                new CypherStatement("CREATE (:GuardProbe {id: 'after'})"),
            ],
            WorkKind.RetrySafe,
            CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jException>()).Which;
        error.Code.Should().Be(Neo4jErrorCodes.ArithmeticError);
        error.IsTransient.Should().BeFalse();
        error.CompletedResults.Should().HaveCount(2);
        error.CompletedResults[0].Scalars<string>().Should().Equal("first");
        error.CompletedResults[1].Scalars<long>().Should().Equal(7);
        scope.Count.Should().Be(1, "a client error is not retried, even for retry-safe work");
        (await ProbeIdsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task a_guard_that_holds_writes_once()
    {
        var results = await graph.Cypher.RunAsync([CypherStatement.Of(Guarded, ("ok", true))], WorkKind.NotRetrySafe, CancellationToken.None);

        results[0].Scalars<long>().Should().Equal(1);
        (await ProbeIdsAsync()).Should().Equal("guarded");
    }

    [Fact]
    public async Task a_single_failing_statement_has_no_completed_results()
    {
        var act = () => graph.Cypher.RunAsync(new CypherStatement("RETURN 1 / 0 AS never"), WorkKind.NotRetrySafe, CancellationToken.None);

        (await act.Should().ThrowAsync<Neo4jException>()).Which.CompletedResults.Should().BeEmpty();
    }

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    private Task CleanAsync() => graph.Cypher.RunAsync(new CypherStatement("MATCH (p:GuardProbe) DELETE p"), WorkKind.RetrySafe, CancellationToken.None);

    private async Task<IReadOnlyList<string>> ProbeIdsAsync() =>
        await graph.QueryAsync<string>("MATCH (p:GuardProbe) RETURN p.id ORDER BY p.id");
}
