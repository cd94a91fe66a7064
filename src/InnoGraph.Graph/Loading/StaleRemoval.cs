using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// Removes the seed relations, then the seed entities, that a dataset no longer holds, a batch at a time,
/// across as many transactions as it takes; counts what committed transactions removed.
/// </summary>
internal sealed class StaleRemoval(string seedVersion)
{
    private bool _relationsDone;
    private bool _pendingRelationsDone;
    private long _pendingEntities;
    private long _pendingRelations;

    public long Entities { get; private set; }

    public long Relations { get; private set; }

    /// <summary>
    /// Removes batches in <paramref name="transaction"/> until nothing stale is left (true) or about
    /// <paramref name="rows"/> rows are removed (false: run it again in the next transaction). At least one batch runs.
    /// </summary>
    public async Task<bool> RunAsync(ICypherTransaction transaction, int rows, CancellationToken cancellationToken)
    {
        // A retried transaction starts again from what committed transactions left.
        (_pendingRelationsDone, _pendingEntities, _pendingRelations) = (_relationsDone, 0, 0);
        do
        {
            var statement = _pendingRelationsDone
                ? GraphStatements.RemoveStaleEntities(seedVersion, SeedLoader.BatchSize)
                : GraphStatements.RemoveStaleRelations(seedVersion, SeedLoader.BatchSize);
            var removed = (await transaction.RunAsync([statement], cancellationToken))[0].Scalars<long>()[0];
            if (_pendingRelationsDone)
            {
                _pendingEntities += removed;
                if (removed < SeedLoader.BatchSize)
                {
                    return true;
                }
            }
            else
            {
                _pendingRelations += removed;
                _pendingRelationsDone = removed < SeedLoader.BatchSize;
            }

            rows -= SeedLoader.BatchSize;
        }
        while (rows > 0);

        return false;
    }

    /// <summary>Counts what the transaction that ran <see cref="RunAsync"/> removed, once it committed.</summary>
    public void Commit()
    {
        (Entities, Relations, _relationsDone) = (Entities + _pendingEntities, Relations + _pendingRelations, _pendingRelationsDone);
        (_pendingEntities, _pendingRelations) = (0, 0);
    }
}
