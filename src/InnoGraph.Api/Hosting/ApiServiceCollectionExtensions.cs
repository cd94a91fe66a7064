using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using GraphQL;
using InnoGraph.Api.Execution;
using InnoGraph.Api.GraphQL;
using InnoGraph.Api.Http;
using InnoGraph.Api.Operations;
using InnoGraph.Api.Security;
using InnoGraph.Api.Translation;
using InnoGraph.Graph.Export;
using InnoGraph.Neo4j;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Hosting;

/// <summary>Registers the API: options, Neo4j, the GraphQL schema, the endpoint, rate limiting.</summary>
internal static class ApiServiceCollectionExtensions
{
    public const string RateLimitPolicy = "graphql";

    /// <summary>The rate-limit policy of <c>/readyz</c>, <c>/healthz</c> and <c>/metrics</c>: its own partitions, so probes and queries do not starve each other.</summary>
    public const string ProbeRateLimitPolicy = "probes";

    public const string CorsPolicy = "graphql";

    public static WebApplicationBuilder AddInnoGraphApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ApiOptions>()
            .BindConfiguration(ApiOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // The flat setting docker-compose and `innograph serve` pass; recorded as "api-key".
                if (configuration[ApiOptions.SingleKeySetting] is { Length: > 0 } key)
                {
                    options.Keys[ApiOptions.SingleKeyName] = key;
                }
            })
            .ValidateOnStart();
        services.AddHostedService<Neo4jWarmup>();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddNeo4j(builder.Configuration);
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<InnoGraphSchema>()
            // Chinese names and quotes stay readable instead of \uXXXX escapes; the responses are JSON
            // with a JSON media type, never inlined into HTML, so HTML-sensitive escaping buys nothing.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(options =>
            {
                options.ExposeExceptionDetails = false;
                options.ExposeData = true;
            }));
        services.AddSingleton(sp => new DocumentCache(sp.GetRequiredService<IOptions<ApiOptions>>().Value.DocumentCacheSize));
        services.AddSingleton<SourceCache>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddSingleton<ExportEndpoint>();
        // Views are bounded as API answers are; the whole graph by its own maximum and timeout (Api:Export).
        services.AddOptions<ExportOptions>()
            .BindConfiguration($"{ApiOptions.SectionName}:Export")
            .PostConfigure<IOptions<ApiOptions>>((export, api) => export.MaxViewBytes = api.Value.MaxResultBytes);
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<ApiMetrics>();
        services.AddApiOperations();
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            var origins = builder.Configuration.GetSection($"{ApiOptions.SectionName}:{nameof(ApiOptions.CorsOrigins)}").Get<string[]>() ?? [];
            policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "X-Api-Key");
        }));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.AddPolicy(ProbeRateLimitPolicy, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.Readiness.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(HttpErrors.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, "Too many requests from this address; wait a minute and try again."));
            };
        });
        return builder;
    }
}
