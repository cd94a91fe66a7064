using System.Text;
using System.Text.Json;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Builds GraphQL-over-HTTP requests, well formed or deliberately not.</summary>
internal static class GraphQLRequests
{
    public const string Path = "/graphql";

    /// <summary>A POST whose body is <paramref name="json"/> exactly as given (so it may hold escapes a serializer would never write).</summary>
    public static HostileRequest RawJson(string json, string? key = null, string contentType = "application/json") =>
        Bytes(Encoding.UTF8.GetBytes(json), key, contentType);

    public static HostileRequest Bytes(byte[] body, string? key = null, string contentType = "application/json") =>
        new("POST", Path, body, contentType, Headers(key));

    /// <summary>An ordinary POST of a document with variables (any JSON-serialisable value) and an operation name.</summary>
    public static HostileRequest Post(string query, object? variables = null, string? operationName = null, string? key = null) =>
        RawJson(Json(query, variables, operationName), key);

    public static string Json(string query, object? variables = null, string? operationName = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables, ["operationName"] = operationName });

    /// <summary>A JSON string literal of <paramref name="value"/>, for building bodies by hand.</summary>
    public static string Literal(string value) => JsonSerializer.Serialize(value);

    /// <summary>A GraphQL string literal of <paramref name="value"/>, every character outside printable ASCII escaped.</summary>
    public static string GraphQLLiteral(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < 0x20 || c > 0x7e => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Headers(string? key, params (string Name, string Value)[] more)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Accept", HostileRequest.GraphQLAccept) };
        if (key is not null)
        {
            headers.Add(new("X-Api-Key", key));
        }

        headers.AddRange(more.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)));
        return headers;
    }
}
