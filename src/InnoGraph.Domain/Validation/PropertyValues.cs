using System.Globalization;
using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Validation;

/// <summary>Turns a written value into the typed value a property admits, or says why it cannot.</summary>
public static class PropertyValues
{
    /// <summary>Converts one scalar. <paramref name="quoted"/> is true for YAML quoted scalars and JSON strings.</summary>
    public static bool TryConvert(PropertySpec spec, string text, bool quoted, out object? value, out string? error)
    {
        value = null;
        error = null;
        switch (spec.Type)
        {
            case PropertyType.Integer when !quoted && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer):
                value = integer;
                return true;
            case PropertyType.Number when !quoted && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case PropertyType.Boolean when !quoted && bool.TryParse(text, out var flag):
                value = flag;
                return true;
            case PropertyType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return true;
            case PropertyType.Text when !string.IsNullOrWhiteSpace(text):
                if (spec.AllowedValues is { } allowed && !allowed.Contains(text))
                {
                    error = $"'{text}' is not allowed for {spec.Name}: use one of {string.Join(", ", allowed)}";
                    return false;
                }

                value = text;
                return true;
            default:
                error = $"'{text}' is not a valid {Describe(spec.Type)} for {spec.Name}";
                return false;
        }
    }

    private static string Describe(PropertyType type) => type switch
    {
        PropertyType.Integer => "whole number (unquoted)",
        PropertyType.Number => "number (unquoted)",
        PropertyType.Boolean => "true/false (unquoted)",
        PropertyType.Date => "date (yyyy-MM-dd)",
        PropertyType.TextList => "list of texts",
        _ => "non-empty text",
    };
}
