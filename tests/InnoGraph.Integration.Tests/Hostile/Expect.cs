using System.Text.Json;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>The family-specific requirements of the issue, as checks on a response (null when met).</summary>
internal static class Expect
{
    /// <summary>Refused before execution: 400 with a code in the error.</summary>
    public static Func<HostileResponse, string?> BadRequest(params string[] codes) => response =>
        response.Status != 400 ? $"expected 400, got {response.Status}"
        : Codes(response) is not { Count: > 0 } found ? "expected an error with a code"
        : codes.Length > 0 && !found.Any(codes.Contains) ? $"expected code {string.Join(" or ", codes)}, got {string.Join(", ", found)}"
        : null;

    /// <summary>Refused: a 4xx status (and, when a GraphQL body came back, an error code).</summary>
    public static Func<HostileResponse, string?> Refused(params int[] statuses) => response =>
        response.Status is not (>= 400 and < 500) ? $"expected a refusal (4xx), got {response.Status}"
        : statuses.Length > 0 && !statuses.Contains(response.Status.Value) ? $"expected {string.Join(" or ", statuses)}, got {response.Status}"
        : null;

    /// <summary>An error with one of <paramref name="codes"/>, whatever the status.</summary>
    public static Func<HostileResponse, string?> ErrorCode(params string[] codes) => response =>
        Codes(response) is { } found && found.Any(codes.Contains) ? null
        : $"expected an error with code {string.Join(" or ", codes)}, got status {response.Status} and codes [{string.Join(", ", Codes(response) ?? [])}]";

    /// <summary>For writes with bad input: some error, and no mutation field answered with data.</summary>
    public static Func<HostileResponse, string?> NotWritten() => response =>
    {
        if (Codes(response) is not { Count: > 0 })
        {
            return $"expected the write to be refused, got status {response.Status} without an error code";
        }

        using var document = TryParse(response.Body);
        if (document is not null && document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in data.EnumerateObject())
            {
                if (field.Value.ValueKind is not JsonValueKind.Null and not JsonValueKind.False)
                {
                    return $"field '{field.Name}' answered with data: {Shorten(field.Value.GetRawText())}";
                }
            }
        }

        return null;
    };

    public static IReadOnlyList<string>? Codes(HostileResponse response)
    {
        using var document = TryParse(response.Body);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return errors.EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("extensions", out var x) && x.ValueKind == JsonValueKind.Object && x.TryGetProperty("code", out var c) ? c.GetString() : null)
            .OfType<string>()
            .ToList();
    }

    public static JsonDocument? TryParse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Shorten(string text, int length = 300) => text.Length <= length ? text : text[..length] + $"… ({text.Length} chars)";
}
