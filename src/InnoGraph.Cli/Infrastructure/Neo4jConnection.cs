using InnoGraph.Neo4j;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace InnoGraph.Cli.Infrastructure;

/// <summary>
/// Decides which Neo4j a command talks to: the one <c>NEO4J_URI</c> names, else the local server
/// started by <c>innograph neo4j start</c>.
/// </summary>
public static class Neo4jConnection
{
    public static async Task<Neo4jOptions> ResolveAsync(CancellationToken cancellationToken)
    {
        if (FromEnvironment() is { } configured)
        {
            return configured;
        }

        var local = await LocalNeo4jServer.AttachAsync(cancellationToken: cancellationToken)
            ?? throw new CliException(ExitCodes.Neo4jUnavailable, "No Neo4j to talk to: start the local one with 'innograph neo4j start', or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to use another.");
        return ForLocal(local);
    }

    /// <summary>The local server this command talks to, if any; its log explains failures the HTTP answers cannot.</summary>
    public static LocalNeo4jServer? LocalServer { get; private set; }

    /// <summary>Options for the local Neo4j on its persistent data, with the heap setting checked up front.</summary>
    public static LocalNeo4jOptions LocalOptions(int httpPort = 0)
    {
        var options = new LocalNeo4jOptions { HttpPort = httpPort }.WithDefaultDataDirectory();
        try
        {
            return options with { HeapMegabytes = options.ResolveHeapMegabytes() };
        }
        catch (LocalNeo4jException e)
        {
            throw new CliException(ExitCodes.Usage, e.Message);
        }
    }

    /// <summary>
    /// The options the environment gives — <c>NEO4J_*</c> and the <c>Neo4j__*</c> section — bound and
    /// validated as the API binds them; null when NEO4J_URI is not set.
    /// </summary>
    public static Neo4jOptions? FromEnvironment() => FromConfiguration(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>The same options from a configuration shaped like the environment; null when it has no NEO4J_URI.</summary>
    public static Neo4jOptions? FromConfiguration(IConfiguration configuration)
    {
        if (configuration["NEO4J_URI"] is not { Length: > 0 })
        {
            return null;
        }

        var options = new Neo4jOptions();
        configuration.GetSection(Neo4jOptions.SectionName).Bind(options);
        Neo4jServiceCollectionExtensions.ApplyEnvironmentStyleSettings(options, configuration);
        var problems = Neo4jOptionsValidator.Check(options).ToList();
        if (problems.Count > 0)
        {
            throw new CliException(ExitCodes.Usage, string.Join(Environment.NewLine, problems));
        }

        return options;
    }

    /// <summary>
    /// The local server's address, with its password file rather than the password, so that a long-running client
    /// (serve) reads the password again after a restart.
    /// </summary>
    public static Neo4jOptions ForLocal(LocalNeo4jServer server)
    {
        LocalServer = server;
        return new() { Uri = server.HttpUri.ToString(), User = server.User, PasswordFile = server.PasswordFilePath };
    }

    public static Neo4jHttpClient CreateClient(Neo4jOptions options) =>
        Neo4jHttpClient.Create(options, LoggerFactory.Create(builder => builder.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)));
}
