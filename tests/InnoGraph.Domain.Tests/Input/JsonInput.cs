using System.Text.Json;

namespace InnoGraph.Domain.Tests.Input;

/// <summary>
/// A write's input as the API hands it to the domain: JSON objects as maps, arrays as lists, numbers a
/// long holds as longs and the others as the text they were written in.
/// </summary>
internal static class JsonInput
{
    public static IDictionary<string, object?> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return (IDictionary<string, object?>)Value(document.RootElement)!;
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l : new NumberText(value.GetRawText()),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private sealed record NumberText(string Text) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => Text;
    }
}
