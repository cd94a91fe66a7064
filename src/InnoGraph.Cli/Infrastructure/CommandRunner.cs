using InnoGraph.Neo4j.Errors;
using InnoGraph.Neo4j.Local;
using Microsoft.Extensions.Options;

namespace InnoGraph.Cli.Infrastructure;

/// <summary>Runs a command body and turns every failure into a message on stderr and a documented exit code.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken);
        }
        catch (CliException e)
        {
            return Fail(e.ExitCode, e.Message);
        }
        catch (Neo4jUnavailableException e) when (Neo4jConnection.LocalServer?.LogShowsOutOfMemory() == true)
        {
            // An out-of-memory can leave Neo4j's HTTP threads dead, so the client only sees no answer; the log tells why.
            return Fail(ExitCodes.Neo4jOutOfMemory, $"{e.Reason}; Neo4j's log shows a java.lang.OutOfMemoryError. {new Neo4jOutOfMemoryException(Neo4jErrorCodes.OutOfMemory, e.Reason).Message}");
        }
        catch (Neo4jUnavailableException e)
        {
            return Fail(ExitCodes.Neo4jUnavailable, e.Message);
        }
        catch (Neo4jOutOfMemoryException e)
        {
            return Fail(ExitCodes.Neo4jOutOfMemory, e.Message);
        }
        catch (Neo4jAuthenticationException e)
        {
            return Fail(ExitCodes.Neo4jError, $"Neo4j refused the credentials ({e.Code}). Check NEO4J_USER and NEO4J_PASSWORD.");
        }
        catch (Neo4jException e)
        {
            return Fail(ExitCodes.Neo4jError, $"Neo4j refused the request: {e.Code}: {e.ServerMessage}");
        }
        catch (OptionsValidationException e)
        {
            return Fail(ExitCodes.Usage, $"the configuration is not valid: {string.Join(" ", e.Failures)}");
        }
        catch (LocalNeo4jException e)
        {
            return Fail(ExitCodes.Neo4jUnavailable, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(ExitCodes.Failure, "Cancelled. Anything half done was rolled back.");
        }
    }

    public static int Fail(int exitCode, string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
