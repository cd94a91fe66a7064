using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Support;

/// <summary>
/// A local Neo4j of its own, on a data directory that survives a restart, for tests that replace
/// the whole graph or stop the server. Never the shared seeded graph.
/// </summary>
public sealed class ScratchNeo4jFixture : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("innograph-scratch-").FullName;

    public LocalNeo4jServer Server { get; private set; } = null!;

    public Neo4jOptions Options => new() { Uri = Server.HttpUri.ToString(), User = Server.User, Password = Server.Password };

    public async Task InitializeAsync() => Server = await LocalNeo4jServer.StartAsync(await OptionsAsync());

    /// <summary>Starts the server again on the same data, after a test stopped it.</summary>
    public async Task RestartAsync()
    {
        await Server.StopAsync();
        Server = await LocalNeo4jServer.StartAsync(await OptionsAsync());
    }

    public Neo4jHttpClient NewClient(int maxRetries = 4) => Neo4jHttpClient.Create(new Neo4jOptions
    {
        Uri = Options.Uri, User = Options.User, Password = Options.Password, MaxRetries = maxRetries,
        // A generous request timeout: a whole seed load in one request on a loaded machine must not time out.
        RetryBaseDelay = TimeSpan.FromMilliseconds(50), RequestTimeout = TimeSpan.FromMinutes(2),
    });

    public async Task ClearAsync()
    {
        using var client = NewClient();
        await client.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"), WorkKind.RetrySafe, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        try
        {
            // Null when the start failed: the guard then stops whatever the launcher left.
            if (Server is not null)
            {
                await Server.StopAsync();
            }
        }
        finally
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<LocalNeo4jOptions> OptionsAsync() => new() { CacheDirectory = await TestCache.DirectoryAsync(), DataDirectory = _data };
}

[CollectionDefinition(Name)]
public sealed class ScratchNeo4jCollection : ICollectionFixture<ScratchNeo4jFixture>
{
    public const string Name = "scratch neo4j";
}
