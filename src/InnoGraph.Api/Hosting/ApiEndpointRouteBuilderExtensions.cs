using GraphQL;
using GraphQL.Types;
using InnoGraph.Api.Explorer;
using InnoGraph.Api.Http;
using InnoGraph.Api.Operations;
using Microsoft.Extensions.Options;
using Prometheus;

namespace InnoGraph.Api.Hosting;

/// <summary>Maps the explorer, the GraphQL endpoint, health, readiness and metrics.</summary>
internal static class ApiEndpointRouteBuilderExtensions
{
    public static WebApplication UseInnoGraphApi(this WebApplication app)
    {
        // First, so that its line covers requests the rate limiter or CORS refuses too.
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseExplorer();
        app.UseCors();
        app.UseRateLimiter();
        app.UseMiddleware<MetricsAccessMiddleware>();
        app.Map("/graphql", http => http.RequestServices.GetRequiredService<GraphQLEndpoint>().HandleAsync(http))
            .RequireRateLimiting(ApiServiceCollectionExtensions.RateLimitPolicy)
            .RequireCors(ApiServiceCollectionExtensions.CorsPolicy);
        // Exports are reads: like queries on /graphql they need no API key, and share its rate limit.
        app.MapGet("/export/{file}", (HttpContext http, string file) => http.RequestServices.GetRequiredService<ExportEndpoint>().HandleAsync(http, file))
            .RequireRateLimiting(ApiServiceCollectionExtensions.RateLimitPolicy)
            .RequireCors(ApiServiceCollectionExtensions.CorsPolicy);
        app.MapGet("/graphql/schema", (ISchema schema) => Results.Text(schema.Print(), "text/plain; charset=utf-8"));
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }))
            .RequireRateLimiting(ApiServiceCollectionExtensions.ProbeRateLimitPolicy);
        app.MapGet("/readyz", ReadyAsync)
            .RequireRateLimiting(ApiServiceCollectionExtensions.ProbeRateLimitPolicy);
        if (app.Services.GetRequiredService<IOptions<ApiOptions>>().Value.Metrics.Enabled)
        {
            app.MapMetrics("/metrics")
                .WithMetadata(new MetricsEndpoint(), new HttpMethodMetadata([HttpMethods.Get]))
                .RequireRateLimiting(ApiServiceCollectionExtensions.ProbeRateLimitPolicy);
        }

        return app;
    }

    private static async Task<IResult> ReadyAsync(ReadinessCheck probe, CancellationToken cancellationToken) =>
        await probe.IsReadyAsync(cancellationToken)
            ? Results.Json(new { status = "ready" })
            : Results.Json(new { status = "unavailable", reason = "The graph database is not reachable." }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
