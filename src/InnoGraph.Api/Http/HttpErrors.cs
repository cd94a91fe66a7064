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
}
