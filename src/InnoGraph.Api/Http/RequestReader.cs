using System.Text.Json;
using InnoGraph.Api.Translation;

namespace InnoGraph.Api.Http;

/// <summary>Reads a GraphQL request from GET parameters or a JSON POST body, within a size limit.</summary>
internal static class RequestReader
{
    public static GraphQLHttpRequest FromQueryString(IQueryCollection query)
    {
        return new GraphQLHttpRequest(
            query["query"].FirstOrDefault(),
            query["operationName"].FirstOrDefault(),
            ParseJson(query["variables"].FirstOrDefault(), "variables"),
            ParseJson(query["extensions"].FirstOrDefault(), "extensions"));
    }

    public static async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new HttpRequestRejected(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new HttpRequestRejected(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The body must be a JSON object with 'query'.");
            }

            return new GraphQLHttpRequest(
                Text(root, "query"),
                Text(root, "operationName"),
                Object(root, "variables"),
                Object(root, "extensions"));
        }
    }

    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"'{name}' must be a string.");
    }

    private static JsonElement? Object(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.Clone()
            : throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"'{name}' must be a JSON object.");
    }

    private static JsonElement? ParseJson(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"'{name}' must be a JSON object.");
        }
        catch (JsonException)
        {
            throw new HttpRequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"'{name}' is not valid JSON.");
        }
    }
}
