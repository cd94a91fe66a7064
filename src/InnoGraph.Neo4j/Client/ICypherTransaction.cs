namespace InnoGraph.Neo4j.Client;

/// <summary>
/// An explicit transaction. Disposing it without <see cref="CommitAsync"/> rolls it back, so a
/// failure anywhere in a multi-request write leaves the graph as it was.
/// </summary>
public interface ICypherTransaction : IAsyncDisposable
{
    /// <summary>Runs statements inside the transaction (one round trip).</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>Commits; may carry final statements in the same round trip.</summary>
    Task<IReadOnlyList<CypherResult>> CommitAsync(IReadOnlyList<CypherStatement>? statements, CancellationToken cancellationToken);

    /// <summary>Rolls back. Safe to call when the server already dropped the transaction.</summary>
    Task RollbackAsync(CancellationToken cancellationToken);
}
