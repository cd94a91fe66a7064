using System.CommandLine;
using InnoGraph.Api;
using InnoGraph.Cli.Infrastructure;
using InnoGraph.Graph.Schema;
using InnoGraph.Graph.Stats;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;
using Microsoft.Extensions.Hosting;

namespace InnoGraph.Cli.Commands;

/// <summary>
/// <c>innograph serve</c>: the API on a Neo4j. Without <c>NEO4J_URI</c> it uses the local Neo4j —
/// the one <c>neo4j start</c> runs, or one it starts for as long as it runs — and loads the seeds
/// when the graph is empty.
/// </summary>
public static class ServeCommand
{
    public static Command Create(Option<string?> seeds)
    {
        var port = new Option<int>("--port") { Description = "The port to serve on.", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "The address to listen on; 0.0.0.0 inside a container.", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Serve the GraphQL API on http://127.0.0.1:PORT/graphql (default 5000). Without NEO4J_URI it runs the local Neo4j and loads the seeds when the graph is empty. API keys for writes: Api__Keys__NAME=KEY.") { port, host };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(async token =>
        {
            LocalNeo4jServer? started = null;
            try
            {
                Neo4jOptions neo4j;
                if (Neo4jConnection.FromEnvironment() is { } configured)
                {
                    neo4j = configured;
                }
                else
                {
                    // A Neo4j this starts is recorded as owned by this process, so the other commands see it; it stops
                    // when serve exits. If it dies meanwhile, the API answers 503 until a Neo4j answers on the same
                    // (recorded) ports again, e.g. after 'innograph neo4j start'.
                    var local = await LocalNeo4jServer.StartOrAttachAsync(Neo4jConnection.LocalOptions(), new SynchronousProgress<string>(Console.Error.WriteLine), token);
                    started = local.IsDetached ? null : local;
                    neo4j = Neo4jConnection.ForLocal(local);
                }

                await PrepareGraphAsync(neo4j, parse.GetValue(seeds), token);
                var url = $"http://{parse.GetValue(host)}:{parse.GetValue(port)}";
                var app = ApiApplication.Build([], new Dictionary<string, string?>
                {
                    ["NEO4J_URI"] = neo4j.Uri,
                    ["NEO4J_USER"] = neo4j.User,
                    ["NEO4J_PASSWORD"] = neo4j.Password,
                    ["NEO4J_PASSWORD_FILE"] = neo4j.PasswordFile,
                    ["NEO4J_DATABASE"] = neo4j.Database,
                    ["urls"] = url,
                });
                await app.StartAsync(token);
                Console.Error.WriteLine($"GraphQL API at {url}/graphql (health {url}/healthz, readiness {url}/readyz, metrics {url}/metrics). Ctrl-C stops it.");
                await app.WaitForShutdownAsync(token);
                return ExitCodes.Ok;
            }
            finally
            {
                if (started is not null)
                {
                    await started.StopAsync(CancellationToken.None);
                }
            }
        }, cancellationToken));
        return command;
    }

    private static async Task PrepareGraphAsync(Neo4jOptions neo4j, string? seedOption, CancellationToken cancellationToken)
    {
        using var client = Neo4jConnection.CreateClient(neo4j);
        var stats = await new GraphStatsReader(client).ReadAsync(cancellationToken);
        if (stats.EntityTotal > 0)
        {
            await new GraphSchema(client).ApplyAsync(cancellationToken); // the loader applies it otherwise
            Console.Error.WriteLine($"The graph holds {stats.EntityTotal} entities and {stats.RelationTotal} relations; not loading the seeds ('innograph load' reloads them).");
            return;
        }

        Console.Error.WriteLine("The graph is empty: loading the seeds.");
        var dataset = LoadCommand.Check(SeedFolder.Resolve(seedOption));
        await LoadCommand.LoadAsync(client, dataset, skipWhenUnchanged: false, cancellationToken);
    }
}
