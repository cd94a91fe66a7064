using System.Collections;
using System.Globalization;
using InnoGraph.Api.Translation;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Mutations;

/// <summary>
/// Checks mutation input with the seed loader's own rules (<see cref="CatalogueRules"/>,
/// <see cref="EntityId"/>, <see cref="RelationKey"/>, <see cref="NameRules"/>, <see cref="Locator"/>,
/// <see cref="PropertyValues"/>), so a write is refused for what a seed would be refused for, with
/// the same message. Whether a locator's source and paragraph exist needs the graph: that check is
/// <see cref="LocatorRules"/> on the Document nodes, inside the write's statement. Every problem is reported.
/// </summary>
internal static class MutationInputValidator
{
    public const int MaxAliases = 50;
    public const int MaxSources = 50;

    public static GraphEntity Entity(IDictionary<string, object?> input)
    {
        var problems = new List<string>();
        var id = Text(input, "id") ?? "";
        var spec = CatalogueRules.WritableKind(Text(input, "kind") ?? "", out var kindError);
        Add(problems, kindError);
        Add(problems, CatalogueRules.Id(id, spec));
        var name = NameRules.Check("name", Text(input, "name"), out var nameError);
        Add(problems, nameError);
        string? nameEn = null;
        if (Text(input, "nameEn") is { } en)
        {
            nameEn = NameRules.Check("nameEn", en, out var enError);
            Add(problems, enError);
        }

        var aliases = new List<Name>();
        foreach (var alias in List(input, "aliases").OfType<IDictionary<string, object?>>())
        {
            var text = NameRules.Check("aliases.name", Text(alias, "name"), out var aliasError);
            Add(problems, aliasError);
            var script = Text(alias, "script");
            Add(problems, script is null ? null : CatalogueRules.Script(script));
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
        var properties = Properties(input, spec?.Properties, spec?.Label, problems);
        Throw(problems);
        return new GraphEntity(id, spec!.Kind, name!, nameEn, aliases, sources, properties);
    }

    public static (GraphRelation Relation, RelationTypeSpec Spec) Relation(IDictionary<string, object?> input)
    {
        var problems = new List<string>();
        var from = Text(input, "from") ?? "";
        var to = Text(input, "to") ?? "";
        var key = Text(input, "key");
        foreach (var (label, value) in new[] { ("from", from), ("to", to) })
        {
            if (!EntityId.IsValid(value))
            {
                problems.Add($"{label}: {EntityId.Describe(value)}");
            }
        }

        if (key is not null && !RelationKey.IsValid(key))
        {
            problems.Add(RelationKey.Describe(key));
        }

        var spec = CatalogueRules.RelationType(Text(input, "type") ?? "", out var typeError);
        Add(problems, typeError);
        var sources = Sources(input, problems);
        var properties = Properties(input, spec?.Properties, spec?.Name, problems);
        Throw(problems);
        return (new GraphRelation(from, spec!.Type, to, key, sources, properties), spec);
    }

    /// <summary>The locators' form; whether their sources and paragraphs exist is checked in the statement.</summary>
    private static List<string> Sources(IDictionary<string, object?> input, List<string> problems)
    {
        var sources = new List<string>();
        foreach (var item in List(input, "sources"))
        {
            if (Locator.TryParse(item?.ToString() ?? "", out var locator, out var error))
            {
                sources.Add(locator!.ToString());
            }
            else
            {
                problems.Add(error!);
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

    private static Dictionary<string, object> Properties(IDictionary<string, object?> input, IReadOnlyList<PropertySpec>? specs, string? owner, List<string> problems)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        var given = input.TryGetValue("properties", out var p) ? p : null;
        if (given is null)
        {
            return result;
        }

        // A list, a text or a number given as properties would otherwise be dropped without a word.
        if (given is not IDictionary<string, object?> properties)
        {
            problems.Add(PropertyValues.NotAMap("properties"));
            return result;
        }

        if (specs is null)
        {
            return result;
        }

        foreach (var (name, value) in properties)
        {
            var spec = specs.FirstOrDefault(s => s.Name == name);
            if (spec is null)
            {
                problems.Add(PropertyValues.Unknown(name, owner!, specs));
                continue;
            }

            var (text, quoted) = value switch
            {
                string s => (s, true),
                bool b => (b ? "true" : "false", false),
                IFormattable number => (number.ToString(null, CultureInfo.InvariantCulture), false),
                _ => ((string?)null, false),
            };
            if (text is null)
            {
                problems.Add(PropertyValues.NotASingleValue(name));
            }
            else if (value is double d && !double.IsFinite(d))
            {
                // JSON variables beyond a double's range arrive as infinity, the text they were written in lost.
                problems.Add(PropertyValues.OutOfRange(spec, text));
            }
            else if (PropertyValues.TryConvert(spec, text, quoted, out var converted, out var error))
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

    private static void Add(List<string> problems, string? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
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
