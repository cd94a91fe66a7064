using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// The batched statements of a load, built as the rows are read: entities, then relations, a statement of
/// <see cref="SeedLoader.BatchSize"/> rows of one kind or type as soon as that many are read, the rest of each at the
/// end. At most one unfinished batch per kind or type is held, however many rows there are.
/// </summary>
public static class LoadSteps
{
    public static IEnumerable<LoadStep> Of(ISeedRows rows)
    {
        foreach (var (kind, batch) in Batches(rows.ReadEntities(), e => e.Kind))
        {
            yield return new LoadStep($"entities: {kind}", GraphStatements.UpsertEntities(kind, batch, rows.Version), batch.Count);
        }

        foreach (var (type, batch) in Batches(rows.ReadRelations(), r => r.Type))
        {
            yield return new LoadStep($"relations: {RelationTypes.Of(type).Name}", GraphStatements.UpsertRelations(type, batch, rows.Version), batch.Count);
        }
    }

    /// <summary>How many statements <see cref="Of"/> gives.</summary>
    public static int Count(ISeedRows rows) =>
        rows.EntityCounts.Values.Sum(Batches) + rows.RelationCounts.Values.Sum(Batches);

    private static int Batches(int rows) => (rows + SeedLoader.BatchSize - 1) / SeedLoader.BatchSize;

    private static IEnumerable<(TKey Key, List<T> Batch)> Batches<T, TKey>(IEnumerable<T> rows, Func<T, TKey> keyOf)
        where TKey : notnull
    {
        var open = new SortedDictionary<TKey, List<T>>();
        foreach (var row in rows)
        {
            var key = keyOf(row);
            if (!open.TryGetValue(key, out var batch))
            {
                open[key] = batch = new List<T>(SeedLoader.BatchSize);
            }

            batch.Add(row);
            if (batch.Count == SeedLoader.BatchSize)
            {
                open.Remove(key);
                yield return (key, batch);
            }
        }

        foreach (var (key, batch) in open)
        {
            yield return (key, batch);
        }
    }
}
