using Microsoft.Net.Http.Headers;

namespace InnoGraph.Api.Explorer;

/// <summary>A browser opening <c>/graphql</c> (a GET for HTML, without a query) is sent to GraphiQL.</summary>
internal static class GraphiQLRedirect
{
    public static Task RedirectBrowsersAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method)
            && request.Path.Equals("/graphql", StringComparison.Ordinal)
            && !request.Query.ContainsKey("query")
            && AcceptsHtml(request))
        {
            context.Response.Redirect("/graphiql/");
            return Task.CompletedTask;
        }

        return next();
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
