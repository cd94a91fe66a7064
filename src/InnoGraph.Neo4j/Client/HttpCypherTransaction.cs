using InnoGraph.Neo4j.Http;
using InnoGraph.Neo4j.Resilience;
using Microsoft.Extensions.Logging;

namespace InnoGraph.Neo4j.Client;

/// <summary>
/// An explicit transaction on the transactional endpoint. Statements inside it are never retried
/// one by one — Neo4j rolls the whole transaction back on an error, so the unit to retry is the
/// whole transaction, which is the caller's decision (see <see cref="ICypherClient.InTransactionAsync{T}"/>).
/// </summary>
/// <remarks><paramref name="serverGone"/> tells the client to discover the server again after it was unreachable.</remarks>
internal sealed class HttpCypherTransaction(Neo4jTransport transport, Neo4jResilience resilience, ILogger logger, string path, Action serverGone) : ICypherTransaction
{
    private bool _finished;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        EnsureOpen();
        try
        {
            return (await resilience.ExecuteAsync(
                WorkKind.NotRetrySafe,
                async token => await transport.PostTransactionalAsync(path, statements, token),
                cancellationToken)).Results;
        }
        catch (Exception e)
        {
            _finished = true; // Neo4j has rolled it back, or it is unreachable
            NoteServerGone(e);
            throw;
        }
    }

    public async Task<IReadOnlyList<CypherResult>> CommitAsync(IReadOnlyList<CypherStatement>? statements, CancellationToken cancellationToken)
    {
        EnsureOpen();
        _finished = true;
        try
        {
            return (await resilience.ExecuteAsync(
                WorkKind.NotRetrySafe,
                async token => await transport.PostTransactionalAsync(path + "/commit", statements ?? [], token),
                cancellationToken)).Results;
        }
        catch (Exception e)
        {
            NoteServerGone(e);
            throw;
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;

        // Rolling back twice is harmless (Neo4j's "transaction not found" is ignored), so a failed attempt is retried.
        await resilience.ExecuteAsync(
            WorkKind.RetrySafe,
            async token =>
            {
                await transport.DeleteAsync(path, token);
                return true;
            },
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await RollbackAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The server drops an abandoned transaction when it times out; nothing more to do here.
            Neo4jLog.RollbackFailed(logger, e.Message);
        }
    }

    private void NoteServerGone(Exception e)
    {
        if (e is Errors.Neo4jUnavailableException or Errors.Neo4jAuthenticationException)
        {
            serverGone();
        }
    }

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has already been committed, rolled back or failed.");
        }
    }
}
