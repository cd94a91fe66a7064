using System.Globalization;
using System.Text.RegularExpressions;
using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Validation;

/// <summary>
/// Turns a written value into the typed value a property admits, or says why it cannot. Whole
/// numbers are 64-bit (<see cref="long"/>), as Neo4j stores them; anything beyond is refused,
/// never rounded or clamped. Numbers are finite doubles. Texts are <see cref="PlainText"/>.
/// </summary>
public static partial class PropertyValues
{
    public const int MaxTextLength = 1000;

    /// <summary>
    /// Checks one written property of a kind or relation type (<paramref name="owner"/>, with <paramref name="specs"/>):
    /// that it has the property, that <paramref name="value"/> is one value (null for a list, a map or null) and that
    /// it converts. <paramref name="spec"/> is null when the property is unknown.
    /// </summary>
    public static string? Check(IReadOnlyList<PropertySpec> specs, string owner, string name, WrittenValue? value, out PropertySpec? spec, out object? converted)
    {
        converted = null;
        spec = specs.FirstOrDefault(s => s.Name == name);
        if (spec is null)
        {
            return Unknown(name, owner, specs);
        }

        if (value is null)
        {
            return NotASingleValue(name);
        }

        if (value.BeyondRange)
        {
            return OutOfRange(spec, value.Text);
        }

        return TryConvert(spec, value.Text, value.Quoted, out converted, out var error) ? null : error;
    }

    /// <summary>Converts one scalar. <paramref name="quoted"/> is true for YAML quoted scalars and JSON strings.</summary>
    public static bool TryConvert(PropertySpec spec, string text, bool quoted, out object? value, out string? error)
    {
        value = null;
        error = null;
        switch (spec.Type)
        {
            case PropertyType.Integer when !quoted && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                value = integer;
                return true;
            case PropertyType.Integer when !quoted && IntegerLiteral().IsMatch(text):
                error = OutOfRange(spec, text);
                return false;
            case PropertyType.Number when !quoted && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && text.Any(char.IsAsciiDigit):
                if (!double.IsFinite(number))
                {
                    error = OutOfRange(spec, text);
                    return false;
                }

                value = number;
                return true;
            case PropertyType.Boolean when !quoted && bool.TryParse(text, out var flag):
                value = flag;
                return true;
            case PropertyType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return true;
            case PropertyType.Text when !string.IsNullOrWhiteSpace(text):
                if (PlainText.Problem(spec.Name, text) is { } problem)
                {
                    error = problem;
                    return false;
                }

                if (text.Length > MaxTextLength)
                {
                    error = $"{spec.Name} is longer than {MaxTextLength} characters";
                    return false;
                }

                if (spec.AllowedValues is { } allowed && !allowed.Contains(text))
                {
                    error = $"{Quoted.Of(text)} is not allowed for {spec.Name}: use one of {string.Join(", ", allowed)}";
                    return false;
                }

                value = text;
                return true;
            default:
                error = $"{Quoted.Of(text)} is not a valid {Describe(spec.Type)} for {spec.Name}";
                return false;
        }
    }

    /// <summary>The message for a number that the property's type cannot hold.</summary>
    private static string OutOfRange(PropertySpec spec, string text) => spec.Type == PropertyType.Integer
        ? $"{Quoted.Of(text)} is out of range for {spec.Name}: a whole number from {long.MinValue} to {long.MaxValue}"
        : $"{Quoted.Of(text)} is out of range for {spec.Name}: a number of at most about ±1.8e308";

    /// <summary>The message for a property given a list, a map or null instead of one value.</summary>
    private static string NotASingleValue(string name) => $"{name} must be a single value (a text, number or true/false), not a list, a map or null; leave a property out to keep it as it is";

    /// <summary>The message for a property container (seed <c>props</c>, input <c>properties</c>) that is not a map.</summary>
    public static string NotAMap(string field) => $"{field} must be a map of property names to values, e.g. {{ founded: 2003 }}";

    /// <summary>The message for a property that the kind or relation type does not have.</summary>
    private static string Unknown(string name, string owner, IReadOnlyList<PropertySpec> specs) =>
        $"unknown property {Quoted.Of(name)} for {owner}: its properties are {(specs.Count == 0 ? "none" : string.Join(", ", specs.Select(s => s.Name)))}";

    private static string Describe(PropertyType type) => type switch
    {
        PropertyType.Integer => "whole number (unquoted)",
        PropertyType.Number => "number (unquoted)",
        PropertyType.Boolean => "true/false (unquoted)",
        PropertyType.Date => "date (yyyy-MM-dd)",
        PropertyType.TextList => "list of texts",
        _ => "non-empty text",
    };

    [GeneratedRegex(@"^[+-]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerLiteral();
}
