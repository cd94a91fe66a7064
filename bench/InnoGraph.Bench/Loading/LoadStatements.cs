using InnoGraph.Bench.Infrastructure;
using InnoGraph.Graph.Loading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Bench.Loading;

/// <summary>
/// The two ways of writing a <see cref="SyntheticGraph"/> that the load benchmark compares. Both use
/// the loader's statements and property maps (<see cref="GraphStatements"/>);
/// they differ only in how many rows one statement carries.
/// </summary>
public static class LoadStatements
{
    /// <summary>As <see cref="SeedLoader"/> writes: one <c>UNWIND</c> statement per kind or type and batch of <see cref="SeedLoader.BatchSize"/> rows.</summary>
    public static IReadOnlyList<CypherStatement> Batched(SyntheticGraph graph, string version)
    {
        var statements = new List<CypherStatement>();
        foreach (var group in graph.Entities.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            statements.AddRange(group.Chunk(SeedLoader.BatchSize).Select(batch =>
                GraphStatements.UpsertEntities(group.Key, batch, version)));
        }

        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            statements.AddRange(group.Chunk(SeedLoader.BatchSize).Select(batch =>
                GraphStatements.UpsertRelations(group.Key, batch, version)));
        }

        return statements;
    }

    /// <summary>The naive baseline: the same statement carrying one row, once per entity and per relation.</summary>
    public static IReadOnlyList<CypherStatement> OnePerRow(SyntheticGraph graph, string version) =>
    [
        .. graph.Entities.Select(e => GraphStatements.UpsertEntities(e.Kind, [e], version)),
        .. graph.Relations.Select(r => GraphStatements.UpsertRelations(r.Type, [r], version)),
    ];
}
