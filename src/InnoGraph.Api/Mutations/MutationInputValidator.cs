using System.Collections;
using System.Globalization;
using InnoGraph.Api.Translation;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Checks mutation input with the rules the seed loader applies: allowlisted kinds and types, id
/// form and prefix, names, scripts, locators and typed property values. Every problem is reported.
/// </summary>
internal static class MutationInputValidator
{
    public const int MaxNameLength = 200;
    public const int MaxAliases = 50;
    public const int MaxSources = 50;

    public static GraphEntity Entity(IDictionary<string, object?> input)
    {
        var problems = new List<string>();
        var id = Text(input, "id") ?? "";
        var kindName = Text(input, "kind") ?? "";
        var spec = EntityKinds.Find(kindName);
        if (spec is null || spec.Kind == EntityKind.Document)
        {
            problems.Add($"kind '{Allowlists.Shorten(kindName)}' is not a kind the API writes; use one of {string.Join(", ", EntityKinds.All.Where(k => k.Kind != EntityKind.Document).Select(k => k.Label))}");
        }

        if (!EntityId.IsValid(id))
        {
            problems.Add(EntityId.Describe(Allowlists.Shorten(id)));
        }
        else if (spec is not null && !id.StartsWith(spec.IdPrefix + ".", StringComparison.Ordinal))
        {
            problems.Add($"id '{id}' of a {spec.Label} must start with '{spec.IdPrefix}.'");
        }

        var name = Name(Text(input, "name"), "name", problems) ?? "";
        var nameEn = Text(input, "nameEn") is { } en ? Name(en, "nameEn", problems) : null;
        var aliases = new List<Name>();
        foreach (var alias in List(input, "aliases").OfType<IDictionary<string, object?>>())
        {
            var text = Name(Text(alias, "name"), "aliases.name", problems);
            var script = Text(alias, "script");
            if (script is not null && !Scripts.All.Contains(script))
            {
                problems.Add($"unknown script '{Allowlists.Shorten(script)}': use one of {string.Join(", ", Scripts.All)}");
            }

            if (text is not null)
            {
                aliases.Add(new Name(text, script ?? Scripts.Infer(text)));
            }
        }

        if (aliases.Count > MaxAliases)
        {
            problems.Add($"at most {MaxAliases} aliases");
        }

        var sources = Sources(input, problems);
        var properties = spec is null ? new Dictionary<string, object>() : Properties(input, spec.Properties, spec.Label, problems);
        Throw(problems);
        return new GraphEntity(id, spec!.Kind, name, nameEn, aliases, sources, properties);
    }

    public static (GraphRelation Relation, RelationTypeSpec Spec) Relation(IDictionary<string, object?> input)
    {
        var problems = new List<string>();
        var from = Text(input, "from") ?? "";
        var to = Text(input, "to") ?? "";
        var typeName = Text(input, "type") ?? "";
        var key = Text(input, "key");
        foreach (var (label, value) in new[] { ("from", from), ("to", to) })
        {
            if (!EntityId.IsValid(value))
            {
                problems.Add($"{label}: {EntityId.Describe(Allowlists.Shorten(value))}");
            }
        }

        if (key is not null && !EntityId.IsValid(key))
        {
            problems.Add($"key '{Allowlists.Shorten(key)}' must be lower-case ASCII words joined by '-' or '.'");
        }

        var spec = RelationTypes.Find(typeName);
        if (spec is null)
        {
            problems.Add($"type '{Allowlists.Shorten(typeName)}' is not a relation type; use one of {string.Join(", ", RelationTypes.All.Select(r => r.Name))}");
        }

        var sources = Sources(input, problems);
        var properties = spec is null ? new Dictionary<string, object>() : Properties(input, spec.Properties, spec.Name, problems);
        Throw(problems);
        return (new GraphRelation(from, spec!.Type, to, key, sources, properties), spec);
    }

    private static List<string> Sources(IDictionary<string, object?> input, List<string> problems)
    {
        var sources = new List<string>();
        foreach (var item in List(input, "sources"))
        {
            var text = item?.ToString() ?? "";
            if (Locator.TryParse(text, out var locator, out var error))
            {
                sources.Add(locator!.ToString());
            }
            else
            {
                problems.Add(error!.Replace(text, Allowlists.Shorten(text), StringComparison.Ordinal));
            }
        }

        if (sources.Count == 0)
        {
            problems.Add("sources: give at least one locator saying where the fact is stated (e.g. d004:p13)");
        }
        else if (sources.Count > MaxSources)
        {
            problems.Add($"sources: at most {MaxSources} locators");
        }

        return sources.Distinct().ToList();
    }

    private static Dictionary<string, object> Properties(IDictionary<string, object?> input, IReadOnlyList<PropertySpec> specs, string owner, List<string> problems)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if ((input.TryGetValue("properties", out var p) ? p : null) is not IDictionary<string, object?> properties)
        {
            return result;
        }

        foreach (var (name, value) in properties)
        {
            var spec = specs.FirstOrDefault(p => p.Name == name);
            if (spec is null)
            {
                problems.Add($"'{Allowlists.Shorten(name)}' is not a property of {owner}; it has {(specs.Count == 0 ? "none" : string.Join(", ", specs.Select(p => p.Name)))}");
                continue;
            }

            var (text, quoted) = value switch
            {
                string s => (s, true),
                bool b => (b ? "true" : "false", false),
                IFormattable number => (number.ToString(null, CultureInfo.InvariantCulture), false),
                _ => ("", true),
            };
            if (PropertyValues.TryConvert(spec, text, quoted, out var converted, out var error))
            {
                result[name] = converted!;
            }
            else
            {
                problems.Add(error!);
            }
        }

        return result;
    }

    private static string? Name(string? text, string field, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add($"{field} must not be empty");
            return null;
        }

        if (text.Length > MaxNameLength)
        {
            problems.Add($"{field} is longer than {MaxNameLength} characters");
            return null;
        }

        return text.Trim();
    }

    private static string? Text(IDictionary<string, object?> input, string name) => input.TryGetValue(name, out var value) ? value?.ToString() : null;

    private static IEnumerable<object?> List(IDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable items and not string ? items.Cast<object?>() : [];

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new TranslationException(ErrorCodes.Validation, "The input is not valid: " + string.Join("; ", problems) + ".");
        }
    }
}
