using System.CommandLine;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Cli.Commands;

/// <summary><c>innograph neo4j start|stop|status</c>: the local Neo4j that runs in the background with a persistent graph.</summary>
public static class Neo4jCommand
{
    public static Command Create()
    {
        var command = new Command("neo4j", "Manage the local Neo4j (Community 3.1.1, fetched once with npm into ~/.cache/innograph, run with this machine's Java on 127.0.0.1).");
        command.Subcommands.Add(Start());
        command.Subcommands.Add(Stop());
        command.Subcommands.Add(Status());
        return command;
    }

    private static Command Start()
    {
        var port = new Option<int>("--port") { Description = "HTTP port (default: the one recorded with the data, else a free one); it is recorded for later starts." };
        var start = new Command("start", "Start the local Neo4j in the background with a persistent graph; later commands use it when NEO4J_URI is not set.") { port };
        start.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var options = Neo4jConnection.LocalOptions(parse.GetValue(port));
            var server = await LocalNeo4jServer.StartDetachedAsync(options, new SynchronousProgress<string>(Console.Error.WriteLine), token);
            var owner = server.OwnerProcessId is { } pid ? $"; started by innograph serve (pid {pid}), it stops with it" : "";
            Console.WriteLine($"Neo4j {server.Version} runs at {server.HttpUri} (pid {server.ProcessId}, data {server.DataDirectory}{owner}). Stop it with 'innograph neo4j stop'.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return start;
    }

    private static Command Stop()
    {
        var stop = new Command("stop", "Stop the local Neo4j (started by 'neo4j start' or by 'serve'). The graph stays on disk.");
        stop.SetAction((_, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var stopped = await LocalNeo4jServer.StopDetachedAsync(cancellationToken: token);
            Console.WriteLine(stopped ? "Stopped the local Neo4j." : "The local Neo4j was not running.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return stop;
    }

    private static Command Status()
    {
        var status = new Command("status", "Say whether the local Neo4j runs, and where. Exit code 0 when it runs, 4 when not.");
        status.SetAction((_, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            var state = await LocalNeo4jServer.GetStatusAsync(cancellationToken: token);
            Console.WriteLine(state.State switch
            {
                LocalNeo4jState.Running when state.OwnerProcessId is { } owner => $"running at {state.HttpUri} (pid {state.ProcessId}, data {state.DataDirectory}; started by innograph serve, pid {owner}, and stops with it)",
                LocalNeo4jState.Running => $"running at {state.HttpUri} (pid {state.ProcessId}, data {state.DataDirectory})",
                LocalNeo4jState.Stale => $"not running (a stale record at {state.StateFile}; 'innograph neo4j start' replaces it)",
                _ => "not running ('innograph neo4j start' starts it)",
            });
            return state.State == LocalNeo4jState.Running ? ExitCodes.Ok : ExitCodes.Neo4jUnavailable;
        }, cancellationToken));
        return status;
    }
}
