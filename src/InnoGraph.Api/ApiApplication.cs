using InnoGraph.Api.Hosting;

namespace InnoGraph.Api;

/// <summary>Builds the InnoGraph API application; used by <c>Program</c> and by <c>innograph serve</c>.</summary>
public static class ApiApplication
{
    /// <summary>
    /// Builds the web application. <paramref name="settings"/> (e.g. <c>NEO4J_URI</c>, <c>urls</c>,
    /// <c>Api:Keys:NAME</c>) override every other configuration source.
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
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
