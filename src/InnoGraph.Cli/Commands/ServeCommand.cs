using System.CommandLine;
using InnoGraph.Cli.Infrastructure;

namespace InnoGraph.Cli.Commands;

/// <summary><c>innograph serve</c>: the API on a Neo4j — the local one, started and seeded, unless NEO4J_URI names another.</summary>
public static class ServeCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var port = new Option<int>("--port") { Description = "The port to serve on.", DefaultValueFactory = _ => 5000 };
        var command = new Command("serve", "Serve the GraphQL API on http://127.0.0.1:PORT/graphql. Without NEO4J_URI it starts the local Neo4j for the time it runs and loads the seeds when the graph is empty.") { port };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            _ => Task.FromResult(CommandRunner.Fail(ExitCodes.Failure, "serve is not available in this build")),
            cancellationToken));
        return command;
    }
}
