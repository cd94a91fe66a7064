namespace InnoGraph.Api.Explorer;

/// <summary>Everything the pages load comes from the API itself: no CDN, no inline script.</summary>
internal static class ContentSecurityPolicy
{
    public const string Strict =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>GraphiQL's editor (Monaco) adds its own style elements at run time; scripts stay self only.</summary>
    public const string GraphiQL =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var policy = context.Request.Path.StartsWithSegments("/graphiql", StringComparison.Ordinal) ? GraphiQL : Strict;
        context.Response.Headers.ContentSecurityPolicy = policy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "same-origin";
        return next();
    }
}
