using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace InnoGraph.Api.Tests.Support;

/// <summary>Raw requests to the test host, returning the status and the parsed GraphQL body.</summary>
internal static class ApiCalls
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostRawAsync(HttpClient client, byte[] body, string contentType = "application/json")
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync("/graphql", content);
        return (response.StatusCode, await BodyAsync(response));
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostRawAsync(HttpClient client, string body) =>
        PostRawAsync(client, Encoding.UTF8.GetBytes(body));

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string query, object? variables = null) =>
        PostRawAsync(client, JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));

    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string pathAndQuery)
    {
        using var response = await client.GetAsync(pathAndQuery);
        return (response.StatusCode, await BodyAsync(response));
    }

    public static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotBeNullOrEmpty($"a {(int)response.StatusCode} needs a GraphQL body");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
