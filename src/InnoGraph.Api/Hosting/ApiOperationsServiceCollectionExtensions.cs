using InnoGraph.Api.Http;
using InnoGraph.Api.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InnoGraph.Api.Hosting;

/// <summary>Registers logging policy, readiness and metrics access.</summary>
internal static class ApiOperationsServiceCollectionExtensions
{
    public static IServiceCollection AddApiOperations(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RepeatLimiter>();
        services.AddSingleton<ReadinessCheck>();
        services.AddSingleton<IPostConfigureOptions<LoggerFilterOptions>, HostingDiagnosticsCap>();

        // The runtime's exception counter labels series with exception type names; /metrics shows
        // counts of what happened, not the names of what was thrown inside.
        Prometheus.Metrics.ConfigureMeterAdapter(adapter => adapter.InstrumentFilterPredicate =
            instrument => !(instrument.Meter.Name == "System.Runtime" && instrument.Name == "dotnet.exceptions"));

        // The loggers of the types that log failures per request; see RepeatLimitedLogger.
        services.AddSingleton<ILogger<GraphQLEndpoint>, RepeatLimitedLogger<GraphQLEndpoint>>();
        services.AddSingleton<ILogger<RequestLogMiddleware>, RepeatLimitedLogger<RequestLogMiddleware>>();
        services.AddSingleton<ILogger<ReadinessCheck>, RepeatLimitedLogger<ReadinessCheck>>();
        return services;
    }
}
