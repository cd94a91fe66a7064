using System.Collections;
using System.Globalization;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Input;

/// <summary>
/// Reads the fields of a write's input, a map of .NET values as JSON gives them (texts, numbers, true/false, lists,
/// maps), recording a problem for every field that breaks a rule of <see cref="Validation"/>.
/// </summary>
internal sealed class InputFields
{
    private readonly List<InputProblem> _problems = [];

    public IReadOnlyList<InputProblem> Problems => _problems;

    public void Problem(string path, string? message)
    {
        if (message is not null)
        {
            _problems.Add(new InputProblem(path, message));
        }
    }

    /// <summary>A text field; null when it is missing (a problem when <paramref name="required"/>) or not a non-empty text.</summary>
    public string? Text(IDictionary<string, object?> input, string field, bool required, string? path = null)
    {
        var text = Given(input, field, required, path);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Problem(path ?? field, RequiredFields.NotAText(field));
            return null;
        }

        return text;
    }

    /// <summary>
    /// A field's value as text, blank or not: null when it is missing (a problem when <paramref name="required"/>)
    /// or is a list or a map.
    /// </summary>
    public string? Given(IDictionary<string, object?> input, string field, bool required, string? path = null)
    {
        path ??= field;
        var value = input.TryGetValue(field, out var v) ? v : null;
        if (value is null)
        {
            Problem(path, required ? RequiredFields.Missing(field) : null);
            return null;
        }

        if (Scalar(value) is not { } scalar)
        {
            Problem(path, RequiredFields.NotAText(field));
            return null;
        }

        return scalar.Text;
    }

    /// <summary>A name field, checked by <see cref="NameRules"/>.</summary>
    public string? Name(IDictionary<string, object?> input, string field, bool required)
    {
        if (Given(input, field, required) is not { } text)
        {
            return null;
        }

        var name = NameRules.Check(field, text, out var error);
        Problem(field, error);
        return name;
    }

    public IReadOnlyList<object?> List(IDictionary<string, object?> input, string field) =>
        input.TryGetValue(field, out var value) && value is IEnumerable items and not string and not IDictionary ? items.Cast<object?>().ToList() : [];

    /// <summary>The locators' form (whether their sources and paragraphs exist is for <see cref="LocatorRules"/> to say, against the sources).</summary>
    public List<string> Sources(IDictionary<string, object?> input, string field, int max)
    {
        var items = List(input, field);
        var sources = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not string text)
            {
                Problem($"{field}[{i}]", LocatorRules.NotAText);
            }
            else if (Locator.TryParse(text, out var locator, out var error))
            {
                sources.Add(locator!.ToString());
            }
            else
            {
                Problem($"{field}[{i}]", error);
            }
        }

        if (items.Count == 0)
        {
            Problem(field, LocatorRules.NoneGiven);
        }
        else if (items.Count > max)
        {
            Problem(field, $"at most {max} locators");
        }

        return sources.Distinct().ToList();
    }

    /// <summary>Typed properties of <paramref name="owner"/>; none are read when its specs are unknown (its kind or type is wrong).</summary>
    public Dictionary<string, object> Properties(IDictionary<string, object?> input, string field, IReadOnlyList<PropertySpec>? specs, string? owner)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        var given = input.TryGetValue(field, out var p) ? p : null;
        if (given is null)
        {
            return result;
        }

        // A list, a text or a number given as properties would otherwise be dropped without a word.
        if (given is not IDictionary<string, object?> properties)
        {
            Problem(field, PropertyValues.NotAMap(field));
            return result;
        }

        if (specs is null)
        {
            return result;
        }

        foreach (var (name, value) in properties)
        {
            Problem($"{field}.{name}", PropertyValues.Check(specs, owner!, name, Scalar(value), out var spec, out var converted));
            if (converted is not null)
            {
                result[spec!.Name] = converted;
            }
        }

        return result;
    }

    // Numbers travel as IFormattable (a long, a double, or the text they were written in) and are unquoted, as in YAML.
    private static WrittenValue? Scalar(object? value) => value switch
    {
        string s => new WrittenValue(s, Quoted: true),
        bool b => new WrittenValue(b ? "true" : "false", Quoted: false),
        double d when !double.IsFinite(d) => new WrittenValue(d.ToString(CultureInfo.InvariantCulture), Quoted: false, BeyondRange: true),
        IFormattable number => new WrittenValue(number.ToString(null, CultureInfo.InvariantCulture), Quoted: false),
        _ => null,
    };
}
