using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Local;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Support;

/// <summary>
/// A local Neo4j 3.1 of its own, loaded with the seeds, whose indexes are never sampled again: their statistics stay those
/// of the empty graph the schema was made on, as they are while a large load grows the graph faster than Neo4j samples.
/// The plans 3.1 chooses then are the ones a load at scale meets.
/// </summary>
public sealed class StaleStatisticsGraphFixture : IAsyncLifetime
{
    public LocalNeo4jServer Server { get; private set; } = null!;

    public SeedDataset Dataset { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { CacheDirectory = await TestCache.DirectoryAsync(), IndexSamplingInBackground = false });
        var compiled = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds);
        Dataset = compiled.Dataset ?? throw new InvalidOperationException("The seeds do not validate:\n" + string.Join('\n', compiled.Problems));
        using var client = Neo4jHttpClient.Create(new Neo4jOptions { Uri = Server.HttpUri.ToString(), User = Server.User, Password = Server.Password });
        await new SeedLoader(client).LoadAsync(Dataset, progress: null, CancellationToken.None);
    }

    /// <summary>
    /// The operators of the plan Neo4j chooses for <paramref name="statement"/> on this graph now. The statement is planned
    /// afresh (its text made new), not answered from the plan the load cached while the graph was empty.
    /// </summary>
    public Task<IReadOnlyList<string>> PlanAsync(CypherStatement statement) =>
        QueryPlans.OperatorsAsync(Server.HttpUri, Server.User, Server.Password, statement with { Text = "WITH 1 AS afresh\n" + statement.Text });

    public async Task DisposeAsync()
    {
        // Null when the start failed: the guard then stops whatever the launcher left.
        if (Server is not null)
        {
            await Server.StopAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StaleStatisticsCollection : ICollectionFixture<StaleStatisticsGraphFixture>
{
    public const string Name = "stale statistics";
}
