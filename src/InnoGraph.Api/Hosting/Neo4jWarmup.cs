using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Hosting;

/// <summary>
/// Discovers the Neo4j server (and the read endpoint, where one is configured) at start, so that the first GraphQL request already costs a single
/// round trip. A server that is not up yet is discovered later, on first use.
/// </summary>
internal sealed class Neo4jWarmup(ICypherClient cypher, ILogger<Neo4jWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await cypher.WarmUpAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Operations.ApiLog.WarmupFailed(logger, e);
        }
    }
}
