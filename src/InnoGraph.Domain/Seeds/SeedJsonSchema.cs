using System.Text.Json;
using System.Text.Json.Nodes;
using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// The JSON Schema of seed files (<c>seeds/schema/seed.schema.json</c>), generated from the kind and
/// relation catalogues so it cannot drift from what the validator accepts. Editors use it as you type;
/// <c>innograph validate</c> checks the rest (references, duplicates, locators against documents).
/// </summary>
public static class SeedJsonSchema
{
    private const string LocatorPattern = "^[a-z0-9]+(?:-[a-z0-9]+)*:[A-Za-z0-9][A-Za-z0-9._\\-]*(?:#[A-Za-z0-9._\\-]+)?$";
    private const string IdPattern = "^[a-z0-9]+(?:[.-][a-z0-9]+)*$";

    public static string Generate()
    {
        var entityKinds = EntityKinds.All.Where(k => k.Kind != EntityKind.Document).ToList();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "InnoGraph seed file",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["sources"] = ArrayOf(Ref("source")),
                ["entities"] = ArrayOf(Ref("entity")),
                ["relations"] = ArrayOf(Ref("relation")),
                ["observations"] = ArrayOf(Ref("observation")),
                ["mentions"] = ArrayOf(Ref("mention")),
            },
            ["$defs"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern, ["maxLength"] = EntityId.MaxLength },
                ["locators"] = new JsonObject
                {
                    ["type"] = "array", ["minItems"] = 1,
                    ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = LocatorPattern },
                },
                ["alias"] = new JsonObject
                {
                    ["oneOf"] = new JsonArray(
                        new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                        Object(["name"], new() { ["name"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 }, ["script"] = Enum(Scripts.All), ["at"] = Ref("locators") })),
                },
                ["source"] = Object(["id", "kind", "title"], new()
                {
                    ["id"] = Ref("id"),
                    ["kind"] = Enum(["document", "reference"]),
                    ["file"] = Text(), ["title"] = Text(), ["titleEn"] = Text(), ["publisher"] = Ref("id"), ["city"] = Ref("id"),
                    ["date"] = new JsonObject { ["type"] = "string", ["format"] = "date" },
                    ["script"] = Enum(Scripts.All),
                    ["paragraphs"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                }),
                ["entity"] = Entity(entityKinds),
                ["relation"] = Relation(),
                ["observation"] = Object(["region", "indicator", "year", "value", "unit", "status", "at"], new()
                {
                    ["region"] = Ref("id"), ["indicator"] = Ref("id"),
                    ["year"] = new JsonObject { ["type"] = "integer" }, ["value"] = new JsonObject { ["type"] = "number" },
                    ["unit"] = Text(), ["status"] = Enum(["actual", "estimate", "target"]), ["scope"] = Text(), ["qualifier"] = Text(),
                    ["at"] = Ref("locators"),
                }),
                ["mention"] = Object(["entity", "at"], new() { ["entity"] = Ref("id"), ["at"] = Ref("locators") }),
            },
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Entity(IReadOnlyList<EntityKindSpec> kinds)
    {
        var entity = Object(["id", "kind", "name", "at"], new()
        {
            ["id"] = Ref("id"),
            ["kind"] = Enum(kinds.Select(k => k.Label)),
            ["name"] = Text(), ["en"] = Text(),
            ["aliases"] = ArrayOf(Ref("alias")),
            ["props"] = new JsonObject { ["type"] = "object" },
            ["at"] = Ref("locators"),
        });
        entity["allOf"] = new JsonArray(kinds.Select(k => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = k.Label } } },
            ["then"] = new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["id"] = new JsonObject { ["pattern"] = $"^{k.IdPrefix}\\." },
                    ["props"] = Props(k.Properties),
                },
            },
        }).ToArray());
        return entity;
    }

    private static JsonObject Relation()
    {
        var relation = Object(["from", "type", "to", "at"], new()
        {
            ["from"] = Ref("id"), ["to"] = Ref("id"), ["key"] = Text(),
            ["type"] = Enum(RelationTypes.All.Select(r => r.Name)),
            ["props"] = new JsonObject { ["type"] = "object" },
            ["at"] = Ref("locators"),
        });
        relation["allOf"] = new JsonArray(RelationTypes.All.Select(r => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = r.Name } } },
            ["then"] = new JsonObject { ["properties"] = new JsonObject { ["props"] = Props(r.Properties) } },
        }).ToArray());
        return relation;
    }

    private static JsonObject Props(IReadOnlyList<PropertySpec> specs)
    {
        var properties = new JsonObject();
        foreach (var spec in specs)
        {
            properties[spec.Name] = spec switch
            {
                { AllowedValues: { } allowed } => Enum(allowed),
                { Type: PropertyType.Integer } => new JsonObject { ["type"] = "integer" },
                { Type: PropertyType.Number } => new JsonObject { ["type"] = "number" },
                { Type: PropertyType.Boolean } => new JsonObject { ["type"] = "boolean" },
                { Type: PropertyType.Date } => new JsonObject { ["type"] = "string", ["format"] = "date" },
                { Type: PropertyType.TextList } => ArrayOf(Text()),
                _ => Text(),
            };
        }

        return new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
    }

    private static JsonObject Object(string[] required, JsonObject properties) => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = new JsonArray(required.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
        ["properties"] = properties,
    };

    private static JsonObject ArrayOf(JsonNode items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/$defs/{name}" };

    private static JsonObject Text() => new() { ["type"] = "string", ["minLength"] = 1 };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["enum"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) };
}
