using InnoGraph.Cli.Infrastructure;
using InnoGraph.Cli.Tests.Support;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Neo4j.Local;
using Microsoft.Extensions.Options;

namespace InnoGraph.Cli.Tests.Infrastructure;

/// <summary>Every failure a command body can raise becomes one line on stderr and the documented exit code.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class CommandRunnerTests
{
    private static readonly Uri Server = new("http://127.0.0.1:7474/");

    [Fact]
    public async Task a_body_that_succeeds_returns_its_own_code_and_writes_nothing_to_stderr()
    {
        var (code, stderr) = await RunAsync(_ => Task.FromResult(ExitCodes.Ok));

        code.Should().Be(ExitCodes.Ok);
        stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task a_cli_exception_keeps_its_exit_code_and_its_message()
    {
        var (code, stderr) = await RunAsync(_ => throw new CliException(ExitCodes.InvalidSeeds, "Fix the seeds."));

        code.Should().Be(3);
        stderr.Should().Equal("error: Fix the seeds.");
    }

    [Fact]
    public async Task an_unreachable_neo4j_is_exit_code_4_with_where_it_was_looked_for()
    {
        var (code, stderr) = await RunAsync(_ => throw new Neo4jUnavailableException(Server, "connection refused"));

        code.Should().Be(4, "an unreachable server is a Neo4jException too, but not a refusal");
        stderr.Should().ContainSingle().Which.Should().StartWith("error: Neo4j at http://127.0.0.1:7474/ is not available: connection refused")
            .And.Contain("innograph neo4j status");
    }

    [Fact]
    public async Task an_out_of_memory_is_exit_code_7_and_says_how_to_raise_the_heap()
    {
        var (code, stderr) = await RunAsync(_ => throw new Neo4jOutOfMemoryException(Neo4jErrorCodes.OutOfMemory, "Java heap space"));

        code.Should().Be(7, "an out-of-memory is a Neo4jException too, but has its own code");
        stderr.Should().ContainSingle().Which.Should().Contain("INNOGRAPH_NEO4J_HEAP");
    }

    [Fact]
    public async Task refused_credentials_are_exit_code_5_and_name_the_settings_to_check()
    {
        var (code, stderr) = await RunAsync(_ => throw new Neo4jAuthenticationException(Neo4jErrorCodes.Unauthorized, "The client is unauthorized due to authentication failure."));

        code.Should().Be(5);
        stderr.Should().Equal("error: Neo4j refused the credentials (Neo.ClientError.Security.Unauthorized). Check NEO4J_USER and NEO4J_PASSWORD.");
    }

    [Fact]
    public async Task a_query_neo4j_refuses_is_exit_code_5_with_neo4js_code_and_message()
    {
        var (code, stderr) = await RunAsync(_ => throw new Neo4jSyntaxException(Neo4jErrorCodes.SyntaxError, "Invalid input 'R'"));

        code.Should().Be(5);
        stderr.Should().Equal("error: Neo4j refused the request: Neo.ClientError.Statement.SyntaxError: Invalid input 'R'");
    }

    [Fact]
    public async Task invalid_configuration_is_wrong_usage_with_every_failure()
    {
        var (code, stderr) = await RunAsync(_ => throw new OptionsValidationException("Neo4j", typeof(object), ["First problem.", "Second problem."]));

        code.Should().Be(2);
        stderr.Should().Equal("error: the configuration is not valid: First problem. Second problem.");
    }

    [Fact]
    public async Task a_local_neo4j_that_cannot_start_is_exit_code_4_with_the_launchers_message()
    {
        var (code, stderr) = await RunAsync(_ => throw new LocalNeo4jException("Java was not found. Install Java 17."));

        code.Should().Be(4);
        stderr.Should().Equal("error: Java was not found. Install Java 17.");
    }

    [Fact]
    public async Task cancelling_the_command_is_exit_code_1_and_says_nothing_half_done_stays()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var (code, stderr) = await RunAsync(token => Task.FromException<int>(new OperationCanceledException(token)), cancellation.Token);

        code.Should().Be(1);
        stderr.Should().Equal("error: Cancelled. Anything half done was rolled back.");
    }

    [Fact]
    public async Task a_cancellation_the_command_did_not_ask_for_is_not_reported_as_cancelled()
    {
        using var console = new CapturedConsole();

        var run = () => CommandRunner.RunAsync(_ => throw new OperationCanceledException(), CancellationToken.None);

        await run.Should().ThrowAsync<OperationCanceledException>("a timeout inside the body is an unexpected failure, not the user's Ctrl-C");
        console.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task an_unexpected_exception_is_left_to_the_command_line_as_an_unexpected_failure()
    {
        using var console = new CapturedConsole();

        var run = () => CommandRunner.RunAsync(_ => throw new InvalidOperationException("a bug"), CancellationToken.None);

        await run.Should().ThrowAsync<InvalidOperationException>();
        console.Error.Should().BeEmpty();
    }

    private static async Task<(int Code, IReadOnlyList<string> Stderr)> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken = default)
    {
        using var console = new CapturedConsole();
        var code = await CommandRunner.RunAsync(body, cancellationToken);
        return (code, console.ErrorLines);
    }
}
