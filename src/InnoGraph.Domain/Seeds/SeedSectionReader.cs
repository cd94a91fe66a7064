using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Gives meaning to one file's sections (<c>sources</c>, <c>entities</c>, <c>relations</c>,
/// <c>observations</c>, <c>mentions</c>), checking everything that can be checked within a single
/// item. Checks across items and files are <see cref="SeedCrossChecker"/>'s. Each declaration read is handed to
/// <paramref name="declare"/> at once (a <see cref="SourceDeclaration"/>, <see cref="EntityDeclaration"/>,
/// <see cref="RelationDeclaration"/> or <see cref="MentionDeclaration"/>), so that a file can be read an item at a time.
/// </summary>
internal sealed class SeedSectionReader(List<SeedProblem> problems, Action<object> declare)
{
    public static readonly string[] Sections = ["sources", "entities", "relations", "observations", "mentions"];
    private readonly RawFields _fields = new(problems);

    /// <summary>A file that is not a mapping of sections.</summary>
    public void ReadNotAMap(RawNode root) =>
        _fields.Map(root, "(file)", $"a mapping with the sections {string.Join(", ", Sections)}");

    public void UnknownSection(SeedValue key) =>
        _fields.Problem(key.Position, $"(file).{key.Text}", $"unknown field '{key.Text}': the fields here are {string.Join(", ", Sections)}");

    /// <summary>A section given whole (not as a list, or through an alias).</summary>
    public void ReadSection(string section, RawNode node)
    {
        var items = _fields.List(node, section);
        for (var i = 0; i < items.Count; i++)
        {
            ReadItem(section, i, items[i]);
        }
    }

    /// <summary>The <paramref name="index"/>th item of a section.</summary>
    public void ReadItem(string section, int index, RawNode node)
    {
        var path = $"{section}[{index}]";
        if (_fields.Map(node, path, "an item") is not { } item)
        {
            return;
        }

        Action<RawMap, string> read = section switch
        {
            "sources" => ReadSource,
            "entities" => ReadEntity,
            "relations" => ReadRelation,
            "observations" => ReadObservation,
            _ => ReadMention,
        };
        read(item, path);
    }

    private void ReadSource(RawMap map, string path)
    {
        _fields.OnlyKnown(map, path, "id", "kind", "file", "title", "titleEn", "publisher", "date", "city", "script", "paragraphs");
        var id = Id(map, "id", path);
        var kind = _fields.Text(map, "kind", path, required: true);
        if (kind is not null && kind.Text is not ("document" or "reference"))
        {
            _fields.Problem(kind.Position, $"{path}.kind", $"unknown source kind '{kind.Text}': use document or reference");
        }

        var title = Name(map, "title", path, required: true);
        var titleEn = Name(map, "titleEn", path, required: false);
        var spec = EntityKinds.Of(EntityKind.Document);
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        if (kind is not null)
        {
            properties["sourceKind"] = kind.Text;
        }

        foreach (var name in new[] { "title", "titleEn", "publisher", "date", "city", "script", "file", "paragraphs" })
        {
            if (map.Get(name) is RawScalar scalar && spec.Property(name) is { } property)
            {
                AddProperty(properties, property, scalar.Value, $"{path}.{name}");
            }
        }

        if (kind?.Text == "document" && map.Get("paragraphs") is null)
        {
            _fields.Problem(map.Position, $"{path}.paragraphs", "a document needs 'paragraphs': the number of non-blank lines of its text file, so locators can be checked");
        }

        var paragraphs = properties.TryGetValue("paragraphs", out var count) ? (long?)count : null;
        if (paragraphs < 1)
        {
            _fields.Problem(map.Position, $"{path}.paragraphs", "'paragraphs' must be at least 1");
        }

        if (id is null || title is null || kind is null)
        {
            return;
        }

        var entity = new GraphEntity(id.Text, EntityKind.Document, title, titleEn, [], [], properties);
        declare(new SourceDeclaration(id.Text, kind.Text, paragraphs, entity, map.Position));
    }

    private void ReadEntity(RawMap map, string path)
    {
        _fields.OnlyKnown(map, path, "id", "kind", "name", "en", "aliases", "props", "at");
        var kindText = _fields.Text(map, "kind", path, required: true);
        EntityKindSpec? spec = null;
        if (kindText is not null)
        {
            spec = CatalogueRules.WritableKind(kindText.Text, out var kindError);
            Report(kindText, $"{path}.kind", kindError);
        }

        var id = _fields.Text(map, "id", path, required: true);
        if (id is not null && CatalogueRules.Id(id.Text, spec) is { } idError)
        {
            Report(id, $"{path}.id", idError);
            id = null;
        }

        var name = Name(map, "name", path, required: true);
        var en = Name(map, "en", path, required: false);
        var aliasLocators = new List<(Locator Locator, SeedPosition Position)>();
        var aliases = Aliases(map, path, aliasLocators);
        var properties = Properties(map, path, spec?.Properties, spec?.Label);
        var locators = Locators(map, path);
        locators.AddRange(aliasLocators);
        if (id is null || spec is null || name is null)
        {
            return;
        }

        var entity = new GraphEntity(id.Text, spec.Kind, name, en, aliases, locators.Select(l => l.Locator.ToString()).Distinct().ToList(), properties);
        declare(new EntityDeclaration(entity, map.Position, locators));
    }

    private void ReadRelation(RawMap map, string path)
    {
        _fields.OnlyKnown(map, path, "from", "type", "to", "key", "props", "at");
        var from = Id(map, "from", path);
        var to = Id(map, "to", path);
        var typeText = _fields.Text(map, "type", path, required: true);
        var key = _fields.Text(map, "key", path, required: false);
        RelationTypeSpec? spec = null;
        if (typeText is not null)
        {
            spec = CatalogueRules.RelationType(typeText.Text, out var typeError);
            Report(typeText, $"{path}.type", typeError);
        }

        if (key is not null && !RelationKey.IsValid(key.Text))
        {
            _fields.Problem(key.Position, $"{path}.key", RelationKey.Describe(key.Text));
            key = null;
        }

        var properties = Properties(map, path, spec?.Properties, spec?.Name);
        var locators = Locators(map, path);
        if (from is null || to is null || spec is null || NotToItself(map, path, from, to))
        {
            return;
        }

        var relation = new GraphRelation(from.Text, spec.Type, to.Text, key?.Text, locators.Select(l => l.Locator.ToString()).ToList(), properties);
        declare(new RelationDeclaration(relation, map.Position, path, from.Position, to.Position, locators));
    }

    private void ReadObservation(RawMap map, string path)
    {
        _fields.OnlyKnown(map, path, "region", "indicator", "year", "value", "unit", "status", "scope", "qualifier", "at");
        var region = Id(map, "region", path);
        var indicator = Id(map, "indicator", path);
        var spec = RelationTypes.Of(RelationType.Measured);
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in new[] { "year", "value", "unit", "status", "scope", "qualifier" })
        {
            var required = name is "year" or "value" or "unit" or "status";
            if (_fields.Text(map, name, path, required) is { } value)
            {
                AddProperty(properties, spec.Property(name)!, value, $"{path}.{name}");
            }
        }

        var locators = Locators(map, path);
        if (region is null || indicator is null || !properties.ContainsKey("year") || !properties.ContainsKey("status") || NotToItself(map, path, region, indicator))
        {
            return;
        }

        var key = $"{properties["year"]}-{properties["status"]}" + (properties.TryGetValue("qualifier", out var qualifier) ? $"-{qualifier}" : "");
        if (!RelationKey.IsValid(key))
        {
            _fields.Problem(map.Position, $"{path}.qualifier", $"the observation's key is made of year, status and qualifier: {RelationKey.Describe(key)}");
            return;
        }
        var relation = new GraphRelation(region.Text, RelationType.Measured, indicator.Text, key, locators.Select(l => l.Locator.ToString()).ToList(), properties);
        declare(new RelationDeclaration(relation, map.Position, path, region.Position, indicator.Position, locators));
    }

    private void ReadMention(RawMap map, string path)
    {
        _fields.OnlyKnown(map, path, "entity", "at");
        var entity = _fields.Text(map, "entity", path, required: true);
        var locators = Locators(map, path);
        if (entity is not null)
        {
            declare(new MentionDeclaration(entity.Text, entity.Position, path, locators));
        }
    }

    /// <summary>An id of the id form: a source's, or that of the entity a relation starts or ends at (whether there is one is the cross-checker's to say).</summary>
    private SeedValue? Id(RawMap map, string key, string path)
    {
        var id = _fields.Text(map, key, path, required: true);
        if (id is not null && !EntityId.IsValid(id.Text))
        {
            _fields.Problem(id.Position, $"{path}.{key}", EntityId.Describe(id.Text));
            return null;
        }

        return id;
    }

    private bool NotToItself(RawMap map, string path, SeedValue from, SeedValue to)
    {
        var problem = RelationRules.NotToItself(from.Text, to.Text);
        if (problem is not null)
        {
            _fields.Problem(map.Position, path, problem);
        }

        return problem is not null;
    }

    private string? Name(RawMap map, string key, string path, bool required)
    {
        if (_fields.Given(map, key, path, required) is not { } value)
        {
            return null;
        }

        var name = NameRules.Check(key, value.Text, out var error);
        Report(value, $"{path}.{key}", error);
        return name;
    }

    private void Report(SeedValue value, string path, string? problem)
    {
        if (problem is not null)
        {
            _fields.Problem(value.Position, path, problem);
        }
    }

    /// <summary>The aliases; the locators of those that say where a document uses them join <paramref name="locators"/>.</summary>
    private List<Name> Aliases(RawMap map, string path, List<(Locator Locator, SeedPosition Position)> locators)
    {
        var aliases = new List<Name>();
        if (map.Get("aliases") is not { } node)
        {
            return aliases;
        }

        var items = _fields.List(node, $"{path}.aliases");
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}.aliases[{i}]";
            switch (items[i])
            {
                case RawScalar scalar:
                    AddAlias(aliases, scalar.Value, null, itemPath, itemPath);
                    break;
                case RawMap alias:
                    _fields.OnlyKnown(alias, itemPath, "name", "script", "at");
                    var name = _fields.Given(alias, "name", itemPath, required: true);
                    if (alias.Get("at") is not null)
                    {
                        locators.AddRange(Locators(alias, itemPath));
                    }

                    var script = _fields.Text(alias, "script", itemPath, required: false);
                    if (name is not null)
                    {
                        AddAlias(aliases, name, script, $"{itemPath}.name", $"{itemPath}.script");
                    }

                    break;
                default:
                    _fields.Problem(items[i].Position, itemPath, "an alias is a name, or { name: ..., script: zh-Hans|zh-Hant|en, at: [d001:p9] }");
                    break;
            }
        }

        return aliases;
    }

    private void AddAlias(List<Name> aliases, SeedValue name, SeedValue? script, string namePath, string scriptPath)
    {
        var alias = NameRules.Alias(name.Text, script?.Text, out var nameError, out var scriptError);
        Report(name, namePath, nameError);
        if (script is not null)
        {
            Report(script, scriptPath, scriptError);
        }

        if (alias is not null)
        {
            aliases.Add(alias);
        }
    }

    private Dictionary<string, object> Properties(RawMap map, string path, IReadOnlyList<PropertySpec>? specs, string? owner)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        if (map.Get("props") is not { } node)
        {
            return properties;
        }

        if (node is not RawMap props)
        {
            _fields.Problem(node.Position, $"{path}.props", PropertyValues.NotAMap("props"));
            return properties;
        }

        if (specs is null)
        {
            return properties;
        }

        foreach (var (key, value) in props.Entries)
        {
            var written = value is RawScalar { Value: var scalar } ? new WrittenValue(scalar.Text, scalar.Quoted) : null;
            if (PropertyValues.Check(specs, owner!, key.Text, written, out var spec, out var converted) is { } problem)
            {
                _fields.Problem(spec is null ? key.Position : value.Position, $"{path}.props.{key.Text}", problem);
            }
            else
            {
                properties[spec!.Name] = converted!;
            }
        }

        return properties;
    }

    private void AddProperty(Dictionary<string, object> properties, PropertySpec spec, SeedValue value, string path)
    {
        if (PropertyValues.TryConvert(spec, value.Text, value.Quoted, out var converted, out var error))
        {
            properties[spec.Name] = converted!;
        }
        else
        {
            _fields.Problem(value.Position, path, error!);
        }
    }

    private List<(Locator Locator, SeedPosition Position)> Locators(RawMap map, string path)
    {
        var locators = new List<(Locator, SeedPosition)>();
        var node = map.Get("at");
        if (node is null)
        {
            _fields.Problem(map.Position, $"{path}.at", $"{RequiredFields.Missing("at")}: {LocatorRules.NoneGiven}");
            return locators;
        }

        var items = node is RawScalar ? [node] : _fields.List(node, $"{path}.at");
        if (items.Count == 0)
        {
            _fields.Problem(node.Position, $"{path}.at", LocatorRules.NoneGiven);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not RawScalar scalar)
            {
                _fields.Problem(items[i].Position, $"{path}.at[{i}]", LocatorRules.NotAText);
            }
            else if (Locator.TryParse(scalar.Value.Text, out var locator, out var error))
            {
                locators.Add((locator!, scalar.Position));
            }
            else
            {
                _fields.Problem(scalar.Position, $"{path}.at[{i}]", error!);
            }
        }

        return locators;
    }
}
