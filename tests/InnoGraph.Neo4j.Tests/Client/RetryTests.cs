using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Tests.Client;

public sealed class RetryTests
{
    private static readonly CypherStatement Statement = new("RETURN 1 AS x");

    [Fact]
    public async Task a_transient_error_is_retried_for_retry_safe_work()
    {
        var script = ScriptedNeo4j.Version3()
            .Then(ScriptedNeo4j.Error("Neo.TransientError.Transaction.DeadlockDetected"))
            .Then(ScriptedNeo4j.Error("Neo.TransientError.General.DatabaseUnavailable"))
            .Then(ScriptedNeo4j.Ok);
        using var client = ClientFactory.Over(script);

        var result = await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        result.Scalars<int>().Should().Equal(1);
        script.Requests.Count(r => r == "POST /db/data/transaction/commit").Should().Be(3);
        client.RoundTrips.Total.Should().Be(5, "two discovery requests and three attempts");
    }

    [Fact]
    public async Task a_non_transient_error_is_not_retried()
    {
        var script = ScriptedNeo4j.Version3().Then(ScriptedNeo4j.Error("Neo.ClientError.Statement.SyntaxError"));
        using var client = ClientFactory.Over(script);

        var act = () => client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jSyntaxException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        error.IsTransient.Should().BeFalse();
        script.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task work_that_is_not_retry_safe_is_sent_once_even_on_a_transient_error()
    {
        var script = ScriptedNeo4j.Version3().Then(ScriptedNeo4j.Error("Neo.TransientError.Transaction.DeadlockDetected"));
        using var client = ClientFactory.Over(script);

        var act = () => client.RunAsync(Statement, WorkKind.NotRetrySafe, CancellationToken.None);

        (await act.Should().ThrowAsync<Neo4jTransientException>()).Which.IsTransient.Should().BeTrue();
        script.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task a_refused_connection_is_retried_then_reported_as_unavailable_with_what_to_do()
    {
        var script = ScriptedNeo4j.Version3().ThenRefused().ThenRefused().ThenRefused();
        using var client = ClientFactory.Over(script, maxRetries: 2);

        var act = () => client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        error.Message.Should().Contain("http://localhost:7474/").And.Contain("NEO4J_URI");
        script.Requests.Should().HaveCount(5);
    }

    [Fact]
    public async Task an_unreachable_server_is_a_neo4j_exception_with_a_client_side_code_and_is_not_retried_for_work_that_is_not_retry_safe()
    {
        var script = ScriptedNeo4j.Version3().ThenRefused();
        using var client = ClientFactory.Over(script, maxRetries: 3);

        var act = () => client.RunAsync(Statement, WorkKind.NotRetrySafe, CancellationToken.None);

        Neo4jException error = (await act.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        error.Code.Should().Be(Neo4jErrorCodes.Unavailable);
        error.ServerMessage.Should().Be("connection refused or lost");
        error.IsRetriable.Should().BeTrue();
        script.Requests.Should().HaveCount(3, "two discovery requests and one attempt");
    }

    [Fact]
    public async Task an_http_5xx_is_retried_for_retry_safe_work()
    {
        // The retry discovers the server again first: a 5xx may mean it was replaced.
        var script = ScriptedNeo4j.Version3().Then("{}", System.Net.HttpStatusCode.ServiceUnavailable)
            .Then(ScriptedNeo4j.Discovery3).Then(ScriptedNeo4j.Data3).Then(ScriptedNeo4j.Ok);
        using var client = ClientFactory.Over(script);

        var result = await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        result.Rows.Should().HaveCount(1);
    }

    [Fact]
    public async Task bad_credentials_become_an_authentication_error_that_names_the_settings()
    {
        var script = ScriptedNeo4j.Version3()
            .Then("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""", System.Net.HttpStatusCode.Unauthorized);
        using var client = ClientFactory.Over(script);

        var act = () => client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jAuthenticationException>()).Which;
        error.Code.Should().Be("Neo.ClientError.Security.Unauthorized");
        error.Message.Should().Contain("NEO4J_PASSWORD");
    }

    [Fact]
    public async Task after_repeated_failures_the_circuit_opens_and_calls_fail_fast_without_a_request()
    {
        var script = ScriptedNeo4j.Version3().ThenRefused().ThenRefused().ThenRefused().ThenRefused();
        using var client = ClientFactory.Over(script, maxRetries: 0);
        for (var i = 0; i < 4; i++)
        {
            await FluentActions.Awaiting(() => client.RunAsync(Statement, WorkKind.NotRetrySafe, CancellationToken.None))
                .Should().ThrowAsync<Neo4jUnavailableException>();
        }

        var requestsBefore = script.Requests.Count;
        var act = () => client.RunAsync(Statement, WorkKind.NotRetrySafe, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        error.Reason.Should().Contain("too many recent failures");
        error.Code.Should().Be(Neo4jErrorCodes.CircuitOpen);
        error.IsRetriable.Should().BeFalse("a retry would defeat the pause");
        script.Requests.Count.Should().Be(requestsBefore, "an open circuit sends nothing");
    }

    [Fact]
    public async Task an_open_circuit_is_not_retried_even_for_retry_safe_work()
    {
        var script = ScriptedNeo4j.Version3().ThenRefused().ThenRefused().ThenRefused().ThenRefused();
        using var client = ClientFactory.Over(script, maxRetries: 3);
        await FluentActions.Awaiting(() => client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None))
            .Should().ThrowAsync<Neo4jUnavailableException>();
        var requestsBefore = script.Requests.Count;
        var runs = 0;

        var act = () => client.InTransactionAsync<int>((_, _) => Task.FromResult(++runs), WorkKind.RetrySafe, CancellationToken.None);

        (await act.Should().ThrowAsync<Neo4jUnavailableException>()).Which.Code.Should().Be(Neo4jErrorCodes.CircuitOpen);
        script.Requests.Count.Should().Be(requestsBefore, "an open circuit sends nothing and is not waited out");
        runs.Should().Be(0);
    }
}
