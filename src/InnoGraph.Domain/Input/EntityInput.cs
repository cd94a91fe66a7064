using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Input;

/// <summary>
/// An entity to write (fields <c>id kind name nameEn aliases sources properties</c>, aliases as
/// <c>{ name, script }</c>), checked with the rules the seed reader applies, giving the same messages.
/// Whether its locators' sources and paragraphs exist needs the sources: that is <see cref="LocatorRules"/>.
/// </summary>
public static class EntityInput
{
    public const int MaxAliases = 50;
    public const int MaxSources = 50;

    public static InputCheck<GraphEntity> Read(IDictionary<string, object?> input)
    {
        var fields = new InputFields();
        var kindName = fields.Text(input, "kind", required: true);
        EntityKindSpec? spec = null;
        if (kindName is not null)
        {
            spec = CatalogueRules.WritableKind(kindName, out var kindError);
            fields.Problem("kind", kindError);
        }

        var id = fields.Text(input, "id", required: true);
        if (id is not null)
        {
            fields.Problem("id", CatalogueRules.Id(id, spec));
        }

        var name = fields.Name(input, "name", required: true);
        var nameEn = fields.Name(input, "nameEn", required: false);
        var aliases = Aliases(input, fields);
        var sources = fields.Sources(input, "sources", MaxSources);
        var properties = fields.Properties(input, "properties", spec?.Properties, spec?.Label);
        return fields.Problems.Count > 0
            ? new InputCheck<GraphEntity>(null, fields.Problems)
            : new InputCheck<GraphEntity>(new GraphEntity(id!, spec!.Kind, name!, nameEn, aliases, sources, properties), []);
    }

    private static List<Name> Aliases(IDictionary<string, object?> input, InputFields fields)
    {
        var items = fields.List(input, "aliases");
        var aliases = new List<Name>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"aliases[{i}]";
            if (items[i] is not IDictionary<string, object?> alias)
            {
                fields.Problem(path, "an alias is { name: ..., script: zh-Hans|zh-Hant|en }");
                continue;
            }

            var text = fields.Given(alias, "name", required: true, $"{path}.name");
            var script = fields.Text(alias, "script", required: false, $"{path}.script");
            if (text is null)
            {
                continue;
            }

            var name = NameRules.Alias(text, script, out var nameError, out var scriptError);
            fields.Problem($"{path}.name", nameError);
            fields.Problem($"{path}.script", scriptError);
            if (name is not null)
            {
                aliases.Add(name);
            }
        }

        if (items.Count > MaxAliases)
        {
            fields.Problem("aliases", $"at most {MaxAliases} aliases");
        }

        return aliases;
    }
}
