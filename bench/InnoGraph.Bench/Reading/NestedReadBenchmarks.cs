using BenchmarkDotNet.Attributes;
using InnoGraph.Bench.Infrastructure;
using InnoGraph.Bench.Loading;
using InnoGraph.Domain.Model;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Bench.Reading;

/// <summary>
/// Reading 50 institutes with their relations and their neighbours' names: one query per institute
/// after a query for the institutes (N+1, the baseline) against one statement whose map projection
/// holds a pattern comprehension. Both build the same <see cref="InstituteView"/> list; the setup
/// checks that they do.
/// </summary>
[Config(typeof(BenchConfig))]
public class NestedReadBenchmarks
{
    private const string Version = "bench-read";
    private const int Institutes = 50;

    private ICypherClient _client = null!;
    private string[] _ids = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _client = await BenchNeo4j.ClientAsync(CancellationToken.None);
        var graph = SyntheticGraph.InstitutesWithNeighbours("read", Institutes);
        await _client.RunAsync(
            CypherStatement.Of(BenchCypher.Get("remove-version.cypher"), ("version", Version)), WorkKind.RetrySafe, CancellationToken.None);
        await _client.InTransactionAsync(
            async (transaction, token) => await transaction.RunAsync(LoadStatements.Batched(graph, Version), token),
            WorkKind.RetrySafe,
            CancellationToken.None);
        _ids = graph.Entities.Where(e => e.Kind == EntityKind.Institute).Select(e => e.Id).ToArray();

        var nPlusOne = await OneQueryPerInstituteAsync(CancellationToken.None);
        var single = await OneStatementAsync(CancellationToken.None);
        if (nPlusOne.Count != Institutes || nPlusOne.Any(i => i.Relations.Count != 5)
            || !nPlusOne.Select(i => i.Describe()).SequenceEqual(single.Select(i => i.Describe()), StringComparer.Ordinal))
        {
            throw new InvalidOperationException("The two read strategies do not return the same 50 institutes with five relations each.");
        }
    }

    [Benchmark(Baseline = true, Description = "N+1: one query per institute")]
    public Task<IReadOnlyList<InstituteView>> OneQueryPerInstitute() => CountedAsync(OneQueryPerInstituteAsync, nameof(OneQueryPerInstitute));

    [Benchmark(Description = "one statement: pattern comprehension")]
    public Task<IReadOnlyList<InstituteView>> OneStatement() => CountedAsync(OneStatementAsync, nameof(OneStatement));

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var method in new[] { nameof(OneQueryPerInstitute), nameof(OneStatement) })
        {
            Console.WriteLine($"// read {Institutes} institutes: {method} round trips per operation: {RoundTripLog.Find(typeof(NestedReadBenchmarks), method, "")?.ToString() ?? "not run"}");
        }
    }

    private async Task<IReadOnlyList<InstituteView>> CountedAsync(Func<CancellationToken, Task<IReadOnlyList<InstituteView>>> read, string method)
    {
        using var scope = _client.RoundTrips.BeginScope();
        var result = await read(CancellationToken.None);
        RoundTripLog.Record(typeof(NestedReadBenchmarks), method, "", scope.Count);
        return result;
    }

    private async Task<IReadOnlyList<InstituteView>> OneQueryPerInstituteAsync(CancellationToken cancellationToken)
    {
        var heads = (await _client.RunAsync(
            CypherStatement.Of(BenchCypher.Get("institutes.cypher"), ("ids", _ids)), WorkKind.RetrySafe, cancellationToken)).As<InstituteHead>();
        var institutes = new List<InstituteView>(heads.Count);
        foreach (var head in heads)
        {
            var relations = (await _client.RunAsync(
                CypherStatement.Of(BenchCypher.Get("institute-neighbours.cypher"), ("id", head.Id)), WorkKind.RetrySafe, cancellationToken)).As<RelationView>();
            institutes.Add(new InstituteView(head.Id, head.Name, relations));
        }

        return institutes;
    }

    private async Task<IReadOnlyList<InstituteView>> OneStatementAsync(CancellationToken cancellationToken) =>
        (await _client.RunAsync(
            CypherStatement.Of(BenchCypher.Get("institutes-with-neighbours.cypher"), ("ids", _ids)), WorkKind.RetrySafe, cancellationToken)).Scalars<InstituteView>();
}
