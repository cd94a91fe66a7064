using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>Sends GraphQL as a client would and returns the status and the parsed body.</summary>
public sealed class GraphQLTestClient(HttpClient http)
{
    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(string query, object? variables = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response.StatusCode, document.RootElement.Clone());
    }

    /// <summary>Sends a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? key = null)
    {
        var (status, body) = await SendAsync(query, variables, key);
        body.TryGetProperty("errors", out var errors).Should().BeFalse($"the request should succeed, but got {(errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText())}");
        status.Should().Be(HttpStatusCode.OK);
        return body.GetProperty("data");
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);
}
