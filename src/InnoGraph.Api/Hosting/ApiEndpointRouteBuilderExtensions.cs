using GraphQL;
using GraphQL.Types;
using InnoGraph.Api.Http;
using InnoGraph.Neo4j.Client;
using Prometheus;

namespace InnoGraph.Api.Hosting;

/// <summary>Maps the GraphQL endpoint, health, readiness and metrics.</summary>
internal static class ApiEndpointRouteBuilderExtensions
{
    public static WebApplication UseInnoGraphApi(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
        app.Map("/graphql", http => http.RequestServices.GetRequiredService<GraphQLEndpoint>().HandleAsync(http))
            .RequireRateLimiting(ApiServiceCollectionExtensions.RateLimitPolicy)
            .RequireCors(ApiServiceCollectionExtensions.CorsPolicy);
        app.MapGet("/graphql/schema", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        app.MapGet("/readyz", ReadyAsync);
        app.MapMetrics("/metrics");
        return app;
    }

    private static async Task<IResult> ReadyAsync(ICypherClient cypher, CancellationToken cancellationToken)
    {
        try
        {
            await cypher.RunAsync(new CypherStatement("RETURN 1 AS ok"), WorkKind.RetrySafe, cancellationToken);
            return Results.Json(new { status = "ready" });
        }
        catch (Exception e) when (e is Neo4j.Errors.Neo4jUnavailableException or Neo4j.Errors.Neo4jException)
        {
            return Results.Json(new { status = "unavailable", reason = "The graph database is not reachable." }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
