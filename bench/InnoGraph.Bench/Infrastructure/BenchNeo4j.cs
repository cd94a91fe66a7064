using InnoGraph.Graph.Schema;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Bench.Infrastructure;

/// <summary>
/// The one Neo4j every benchmark of a run talks to: a local Neo4j 3.1.1 on an ephemeral data
/// directory, started by the launcher on first use (with the graph's schema, as a load would
/// apply it) and stopped when the run ends. Benchmarks run in this process (in-process
/// toolchain), so they share it.
/// </summary>
public static class BenchNeo4j
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LocalNeo4jServer? server;
    private static Neo4jHttpClient? client;

    public static async Task<ICypherClient> ClientAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (client is null)
            {
                var progress = new Progress<string>(message => Console.WriteLine($"// neo4j: {message}"));
                server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions(), progress, cancellationToken);
                Console.WriteLine($"// neo4j: {server.Version} at {server.HttpUri} (pid {server.ProcessId})");
                client = Neo4jHttpClient.Create(new Neo4jOptions { Uri = server.HttpUri.ToString(), User = server.User, Password = server.Password });
                await new GraphSchema(client).ApplyAsync(cancellationToken);
            }

            return client;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        client?.Dispose();
        client = null;
        if (server is not null)
        {
            await server.DisposeAsync();
            server = null;
        }
    }
}
