using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Neo4j.Client;
using Xunit;

namespace InnoGraph.Testing;

/// <summary>
/// One real Neo4j for a test run, loaded with the curated seeds. Tests that write use ids of their
/// own and leave the seeded facts alone, so they stay independent of each other.
/// </summary>
public sealed class SeededGraphFixture : IAsyncLifetime
{
    private TestNeo4j? _neo4j;
    private Neo4jHttpClient? _client;

    public TestNeo4j Neo4j => _neo4j ?? throw new InvalidOperationException("The fixture has not started.");

    public ICypherClient Cypher => _client ?? throw new InvalidOperationException("The fixture has not started.");

    public Uri HttpUri => Neo4j.Options.ServerUri;

    public string User => Neo4j.Options.User ?? "";

    public string Password => Neo4j.Options.Password ?? "";

    public SeedDataset Dataset { get; private set; } = null!;

    public LoadReport LoadReport { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await TestNeo4jProvider.StartAsync();
        try
        {
            _client = Neo4jHttpClient.Create(_neo4j.Options);
            var compiled = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds);
            if (!compiled.IsValid)
            {
                throw new InvalidOperationException("The seeds do not validate:\n" + string.Join('\n', compiled.Problems));
            }

            Dataset = compiled.Dataset!;
            LoadReport = await new SeedLoader(_client).LoadAsync(Dataset, progress: null, CancellationToken.None);
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed; the server must not wait for the run's end.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs a read query and maps each row to <typeparamref name="T"/> (columns to properties, case-insensitively).</summary>
    public async Task<IReadOnlyList<T>> QueryAsync<T>(string cypher, params (string Name, object? Value)[] parameters)
    {
        var result = await Cypher.RunAsync(CypherStatement.Of(cypher, parameters), WorkKind.RetrySafe, CancellationToken.None);
        return result.As<T>();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        _client = null;
        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
            _neo4j = null;
        }
    }
}
