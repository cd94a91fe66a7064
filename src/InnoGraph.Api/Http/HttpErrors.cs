using System.Text.Json;

namespace InnoGraph.Api.Http;

/// <summary>Writes errors that happen before GraphQL executes, in GraphQL's error format.</summary>
internal static class HttpErrors
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, string mediaType = MediaTypes.Json)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }

    /// <summary>The same error naming the argument at fault in <c>extensions.argument</c>, as GraphQL errors name it.</summary>
    public static async Task WriteNamingAsync(HttpContext http, int status, string code, string message, string? argument)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code, argument } } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
    }
}
