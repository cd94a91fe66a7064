using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace InnoGraph.Api.Explorer;

/// <summary>
/// The explorer at <c>/</c> and GraphiQL at <c>/graphiql/</c>: the Vite build of <c>web/</c>, copied to the
/// output's <c>explorer</c> folder by <c>WebAssets.targets</c>, served as static files under a strict
/// Content-Security-Policy.
/// </summary>
internal static class ExplorerFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "explorer");

    public static WebApplication UseExplorer(this WebApplication app)
    {
        app.Use(ContentSecurityPolicy.AddAsync);
        app.Use(GraphiQLRedirect.RedirectBrowsersAsync);
        if (!System.IO.Directory.Exists(Directory))
        {
            app.MapGet("/", () => Results.Text(
                "The explorer was not built (BuildWebAssets=false, or no Node.js at build time). The GraphQL API is at /graphql.",
                "text/plain; charset=utf-8"));
            return app;
        }

        var files = new PhysicalFileProvider(Directory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RedirectToAppendTrailingSlash = true });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // Vite names every asset by its hash; only the pages themselves must be fetched again.
                context.Context.Response.Headers[HeaderNames.CacheControl] =
                    context.Context.Request.Path.StartsWithSegments("/assets", StringComparison.Ordinal)
                        ? "public, max-age=31536000, immutable"
                        : "no-cache";
            },
        });
        return app;
    }
}
