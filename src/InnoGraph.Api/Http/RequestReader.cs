using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using InnoGraph.Api.Translation;
using InnoGraph.Domain.Text;

namespace InnoGraph.Api.Http;

/// <summary>
/// Reads a GraphQL request from GET parameters or a JSON POST body, within a size limit. Every
/// text that comes in is checked here, where it enters: invalid UTF-8, escapes that decode to
/// unpaired UTF-16 surrogates and duplicate keys are a <c>400</c>, never a fault further in.
/// </summary>
internal static class RequestReader
{
    private const string BadText = "The request contains text that is not valid Unicode (invalid UTF-8, or an unpaired surrogate such as \\ud800).";

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    public static GraphQLHttpRequest FromQueryString(QueryString raw, IQueryCollection query)
    {
        // The framework decodes invalid percent-encoded UTF-8 leniently; check the bytes themselves.
        if (!IsValidUtf8QueryString(raw.Value))
        {
            throw Rejected(BadText);
        }

        foreach (var (name, values) in query)
        {
            if (values.Count > 1 && name is "query" or "operationName" or "variables" or "extensions")
            {
                throw Rejected($"'{name}' is given more than once.");
            }
        }

        var text = query["query"].FirstOrDefault();
        var operationName = query["operationName"].FirstOrDefault();
        if (!Utf16.IsWellFormed(text) || !Utf16.IsWellFormed(operationName))
        {
            throw Rejected(BadText);
        }

        return new GraphQLHttpRequest(
            text,
            operationName,
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
        while ((read = await ReadChunkAsync(request.Body, chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new HttpRequestRejected(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!Utf8.IsValid(bytes.Span))
        {
            throw Rejected(BadText);
        }

        using var document = Parse(bytes, "The body");
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            throw Rejected("Batched requests (a JSON array) are not supported; send one request per POST.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Rejected("The body must be a JSON object with 'query'.");
        }

        return new GraphQLHttpRequest(
            Text(root, "query"),
            Text(root, "operationName"),
            Object(root, "variables"),
            Object(root, "extensions"));
    }

    /// <summary>Reads the next part of the body; a body the server cannot decode (e.g. a chunk size past 64 bits) is the client's error.</summary>
    private static async Task<int> ReadChunkAsync(Stream body, byte[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(chunk, cancellationToken);
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Rejected("The request body could not be read: its transfer encoding is malformed.");
        }
    }

    /// <summary>True when the percent-decoded query string is valid UTF-8.</summary>
    public static bool IsValidUtf8QueryString(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }

        if (!Utf16.IsWellFormed(raw))
        {
            return false;
        }

        // Escapes are ASCII, so they survive encoding the (well-formed) text as UTF-8 and are decoded in place.
        var bytes = Encoding.UTF8.GetBytes(raw);
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && char.IsAsciiHexDigit((char)bytes[i + 1]) && char.IsAsciiHexDigit((char)bytes[i + 2]))
            {
                bytes[length++] = (byte)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2]));
                i += 2;
            }
            else
            {
                bytes[length++] = bytes[i];
            }
        }

        return Utf8.IsValid(bytes.AsSpan(0, length));
    }

    private static int HexValue(byte digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string what)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Strict);
        }
        catch (JsonException)
        {
            throw Rejected($"{what} is not valid JSON (or has a key twice, or nests deeper than 64 levels).");
        }
        catch (InvalidOperationException)
        {
            // Comparing keys for duplicates unescapes them, and a key may spell a lone surrogate.
            throw Rejected(BadText);
        }

        if (!IsWellFormed(document.RootElement))
        {
            document.Dispose();
            throw Rejected(BadText);
        }

        return document;
    }

    /// <summary>Every string and key decodes to well-formed UTF-16 (JSON escapes may spell a lone surrogate).</summary>
    private static bool IsWellFormed(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    return Utf16.IsWellFormed(element.GetString());
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!IsWellFormed(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!Utf16.IsWellFormed(property.Name) || !IsWellFormed(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            // GetString refuses text it cannot transcode.
            return false;
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
            : throw Rejected($"'{name}' must be a string.");
    }

    private static JsonElement? Object(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value.Clone()
            : throw Rejected($"'{name}' must be a JSON object.");
    }

    private static JsonElement? ParseJson(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        using var document = Parse(Encoding.UTF8.GetBytes(text), $"'{name}'");
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.Clone()
            : throw Rejected($"'{name}' must be a JSON object.");
    }

    private static HttpRequestRejected Rejected(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
