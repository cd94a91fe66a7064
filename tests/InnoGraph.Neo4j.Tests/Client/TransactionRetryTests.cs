using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Tests.Client;

/// <summary>An explicit transaction is retried as a whole by the same policy as a single request: Neo4j:MaxRetries and the kind of work.</summary>
public sealed class TransactionRetryTests
{
    private const string Opening = "POST /db/data/transaction";
    private static readonly CypherStatement Statement = new("RETURN 1 AS x");

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    public async Task a_retry_safe_transaction_that_keeps_failing_transiently_runs_as_often_as_max_retries_allows(int maxRetries, int attempts)
    {
        var script = ScriptedNeo4j.Version3();
        for (var i = 1; i <= attempts; i++)
        {
            script.ThenOpened(i).Then(ScriptedNeo4j.Error(Neo4jErrorCodes.DeadlockDetected));
        }

        using var client = ClientFactory.Over(script, maxRetries);
        var runs = 0;

        var act = () => client.InTransactionAsync(Unit(() => runs++), WorkKind.RetrySafe, CancellationToken.None);

        (await act.Should().ThrowAsync<Neo4jTransientException>()).Which.Code.Should().Be(Neo4jErrorCodes.DeadlockDetected);
        runs.Should().Be(attempts);
        script.Requests.Count(r => r == Opening).Should().Be(attempts);
    }

    [Fact]
    public async Task a_retry_safe_transaction_runs_again_in_a_new_transaction_and_commits_after_a_transient_error()
    {
        var script = ScriptedNeo4j.Version3()
            .ThenOpened(1).Then(ScriptedNeo4j.Error(Neo4jErrorCodes.DeadlockDetected))
            .ThenOpened(2).Then(ScriptedNeo4j.Ok).Then("""{"results":[],"errors":[]}""");
        using var client = ClientFactory.Over(script, maxRetries: 1);
        var runs = 0;

        var result = await client.InTransactionAsync(Unit(() => runs++), WorkKind.RetrySafe, CancellationToken.None);

        result.Should().Be(1);
        runs.Should().Be(2);
        script.Requests.Should().EndWith(["POST /db/data/transaction/2", "POST /db/data/transaction/2/commit"]);
    }

    [Fact]
    public async Task a_rollback_that_fails_to_reach_the_server_is_sent_again()
    {
        var script = ScriptedNeo4j.Version3().ThenOpened(1).ThenRefused().Then("""{"results":[],"errors":[]}""");
        using var client = ClientFactory.Over(script, maxRetries: 1);
        await using var transaction = await client.BeginTransactionAsync(CancellationToken.None);

        await transaction.RollbackAsync(CancellationToken.None);

        script.Requests.Should().EndWith(["DELETE /db/data/transaction/1", "DELETE /db/data/transaction/1"]);
    }

    [Fact]
    public async Task a_transaction_that_is_not_retry_safe_runs_once_even_on_a_transient_error()
    {
        var script = ScriptedNeo4j.Version3().ThenOpened(1).Then(ScriptedNeo4j.Error(Neo4jErrorCodes.DeadlockDetected));
        using var client = ClientFactory.Over(script, maxRetries: 3);
        var runs = 0;

        var act = () => client.InTransactionAsync(Unit(() => runs++), WorkKind.NotRetrySafe, CancellationToken.None);

        await act.Should().ThrowAsync<Neo4jTransientException>();
        runs.Should().Be(1);
    }

    [Fact]
    public async Task a_server_lost_in_the_middle_of_a_retry_safe_transaction_runs_the_whole_unit_again_on_the_rediscovered_server()
    {
        var script = ScriptedNeo4j.Version3().ThenOpened(1).ThenRefused()
            .Then(ScriptedNeo4j.Discovery3).Then(ScriptedNeo4j.Data3)
            .ThenOpened(2).Then(ScriptedNeo4j.Ok).Then("""{"results":[],"errors":[]}""");
        using var client = ClientFactory.Over(script, maxRetries: 1);
        var runs = 0;

        var result = await client.InTransactionAsync(Unit(() => runs++), WorkKind.RetrySafe, CancellationToken.None);

        result.Should().Be(1);
        runs.Should().Be(2);
    }

    [Fact]
    public async Task a_server_lost_in_the_middle_of_a_transaction_that_is_not_retry_safe_fails_it_as_unavailable_once()
    {
        var script = ScriptedNeo4j.Version3().ThenOpened(1).ThenRefused();
        using var client = ClientFactory.Over(script, maxRetries: 3);
        var runs = 0;

        var act = () => client.InTransactionAsync(Unit(() => runs++), WorkKind.NotRetrySafe, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        error.Should().BeAssignableTo<Neo4jException>();
        error.IsRetriable.Should().BeTrue("it is the kind of work, not the error, that forbids sending it again");
        runs.Should().Be(1);
    }

    [Fact]
    public async Task a_retry_safe_transaction_whose_server_is_down_is_opened_once_per_attempt_not_retried_inside_each()
    {
        var script = ScriptedNeo4j.Version3().ThenRefused().Then(ScriptedNeo4j.Discovery3).Then(ScriptedNeo4j.Data3).ThenRefused();
        using var client = ClientFactory.Over(script, maxRetries: 1);
        var runs = 0;

        var act = () => client.InTransactionAsync(Unit(() => runs++), WorkKind.RetrySafe, CancellationToken.None);

        await act.Should().ThrowAsync<Neo4jUnavailableException>();
        script.Requests.Count(r => r == Opening).Should().Be(2);
        runs.Should().Be(0, "no attempt got as far as the work");
    }

    [Fact]
    public async Task an_out_of_memory_error_in_a_retry_safe_transaction_is_not_run_again()
    {
        var script = ScriptedNeo4j.Version3().ThenOpened(1).Then(ScriptedNeo4j.Error(Neo4jErrorCodes.OutOfMemory));
        using var client = ClientFactory.Over(script, maxRetries: 3);
        var runs = 0;

        var act = () => client.InTransactionAsync(Unit(() => runs++), WorkKind.RetrySafe, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jOutOfMemoryException>()).Which;
        error.IsTransient.Should().BeTrue("Neo4j files it under Neo.TransientError");
        error.IsRetriable.Should().BeFalse("the same request needs the same memory");
        runs.Should().Be(1);
    }

    private static Func<ICypherTransaction, CancellationToken, Task<int>> Unit(Action started) => async (transaction, token) =>
    {
        started();
        var results = await transaction.RunAsync([Statement], token);
        return results[0].Scalars<int>()[0];
    };
}
