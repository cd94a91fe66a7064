using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InnoGraph.Cli.Generation;

/// <summary>
/// Values as YAML flow scalars: texts double-quoted with JSON's escapes (a JSON string is a valid
/// YAML double-quoted scalar), numbers and booleans plain, as the seed reader wants them typed.
/// </summary>
public static class YamlScalars
{
    private static readonly JsonSerializerOptions Text = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string text) => JsonSerializer.Serialize(text, Text);

    public static string Of(object value) => value switch
    {
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double number => number.ToString("0.0###############", CultureInfo.InvariantCulture),
        IEnumerable<string> texts => "[" + string.Join(", ", texts.Select(Quote)) + "]",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    public static string Map(IEnumerable<KeyValuePair<string, object>> properties) =>
        "{ " + string.Join(", ", properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Of(p.Value)}")) + " }";
}
