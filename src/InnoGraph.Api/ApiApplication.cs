using InnoGraph.Api.Hosting;

namespace InnoGraph.Api;

/// <summary>Builds the InnoGraph API application; used by <c>Program</c> and by <c>innograph serve</c>.</summary>
/// <remarks>Not static so that tests in assemblies that also see the CLI's <c>Program</c> can name this assembly's entry point by it.</remarks>
public sealed class ApiApplication
{
    private ApiApplication()
    {
    }

    /// <summary>
    /// Builds the web application. <paramref name="settings"/> (e.g. <c>NEO4J_URI</c>, <c>urls</c>,
    /// <c>Api:Keys:NAME</c>) override every other configuration source.
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        // The application's directory, not the working directory: `innograph serve` runs from
        // anywhere, and its appsettings.json (log levels, limits) sits beside the binaries.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue<long?>("Api:MaxRequestBytes") ?? 64 * 1024);
        builder.AddInnoGraphApi();
        var app = builder.Build();
        app.UseInnoGraphApi();
        return app;
    }
}
