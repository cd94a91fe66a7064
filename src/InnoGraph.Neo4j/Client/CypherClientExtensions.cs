using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Client;

/// <summary>Units of work that span an explicit transaction.</summary>
public static class CypherClientExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it. Any failure rolls
    /// the whole transaction back. When <paramref name="kind"/> is <see cref="WorkKind.RetrySafe"/>,
    /// a transient failure or an unreachable server runs the whole unit again, up to
    /// <paramref name="attempts"/> times — only correct when the work is idempotent.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(
        this ICypherClient client,
        Func<ICypherTransaction, CancellationToken, Task<T>> work,
        WorkKind kind,
        CancellationToken cancellationToken,
        int attempts = 3)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await client.BeginTransactionAsync(cancellationToken);
                var result = await work(transaction, cancellationToken);
                await transaction.CommitAsync(null, cancellationToken);
                return result;
            }
            catch (Exception e) when (kind == WorkKind.RetrySafe && attempt < attempts && IsWorthRetrying(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt * attempt), cancellationToken);
            }
        }
    }

    private static bool IsWorthRetrying(Exception e) => e is Neo4jTransientException or Neo4jUnavailableException;
}
