using BenchmarkDotNet.Attributes;
using InnoGraph.Bench.Infrastructure;
using InnoGraph.Graph.Loading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Bench.Loading;

/// <summary>
/// Loading N entities and N relations in one explicit transaction: one request per row (the naive
/// baseline) against the loader's batched <c>UNWIND ... MERGE</c> statements, sent
/// <see cref="SeedLoader.StatementsPerRequest"/> to a request. Each iteration starts from a graph
/// without the previous iteration's rows, so every operation creates the same nodes and edges.
/// </summary>
[Config(typeof(SingleInvocationConfig))]
public class LoadBenchmarks
{
    private const string Version = "bench-load";

    private ICypherClient _client = null!;
    private IReadOnlyList<CypherStatement> _batched = [];
    private IReadOnlyList<CypherStatement> _onePerRow = [];

    [Params(200, 2000)]
    public int N { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _client = await BenchNeo4j.ClientAsync(CancellationToken.None);
        var graph = SyntheticGraph.ForLoading("load", N);
        _batched = LoadStatements.Batched(graph, Version);
        _onePerRow = LoadStatements.OnePerRow(graph, Version);
    }

    // BenchmarkDotNet runs iteration setups synchronously.
    [IterationSetup]
    public void RemovePreviousLoad() =>
        _client.RunAsync(CypherStatement.Of(BenchCypher.Get("remove-version.cypher"), ("version", Version)), WorkKind.RetrySafe, CancellationToken.None)
            .GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "one statement per row")]
    public Task<long> OneStatementPerRow() => LoadAsync(_onePerRow, statementsPerRequest: 1, nameof(OneStatementPerRow));

    [Benchmark(Description = "batched UNWIND ... MERGE")]
    public Task<long> BatchedUnwind() => LoadAsync(_batched, SeedLoader.StatementsPerRequest, nameof(BatchedUnwind));

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var counts = (await _client.RunAsync(
            CypherStatement.Of(BenchCypher.Get("count-version.cypher"), ("version", Version)), WorkKind.RetrySafe, CancellationToken.None)).Rows[0];
        var (entities, relations) = (counts[0].GetInt64(), counts[1].GetInt64());
        Console.WriteLine($"// load N={N}: the last iteration left {entities} entities and {relations} relations");
        foreach (var method in new[] { nameof(OneStatementPerRow), nameof(BatchedUnwind) })
        {
            Console.WriteLine($"// load N={N}: {method} round trips per operation: {RoundTripLog.Find(typeof(LoadBenchmarks), method, $"N={N}")?.ToString() ?? "not run"}");
        }

        if (entities != N || relations != N)
        {
            throw new InvalidOperationException($"Expected {N} entities and {N} relations after a load, found {entities} and {relations}.");
        }
    }

    private async Task<long> LoadAsync(IReadOnlyList<CypherStatement> statements, int statementsPerRequest, string method)
    {
        using var scope = _client.RoundTrips.BeginScope();
        await _client.InTransactionAsync(
            async (transaction, token) =>
            {
                for (var i = 0; i < statements.Count; i += statementsPerRequest)
                {
                    var count = Math.Min(statementsPerRequest, statements.Count - i);
                    await transaction.RunAsync(statements.Skip(i).Take(count).ToList(), token);
                }

                return statements.Count;
            },
            WorkKind.NotRetrySafe,
            CancellationToken.None);
        RoundTripLog.Record(typeof(LoadBenchmarks), method, $"N={N}", scope.Count);
        return scope.Count;
    }
}
