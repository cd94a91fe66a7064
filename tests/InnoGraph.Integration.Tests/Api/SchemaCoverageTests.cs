using System.Text;
using System.Text.Json;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// Every field of the served schema is answered: each root field, asked for every field its type
/// has (nested objects and every kind's own properties included), comes back without an error and
/// with a value. The fields come from the served schema's introspection, so a field added without
/// what answers it fails here; a root field needs a sample request below.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SchemaCoverageTests(SeededGraphFixture graph) : IAsyncLifetime
{
    private const int MaxDepth = 3;

    private const string Probe = "inst.api-test-coverage";

    /// <summary>Arguments that make each root field answer something on the seed graph.</summary>
    private static readonly Dictionary<string, string> QuerySamples = new(StringComparer.Ordinal)
    {
        ["search"] = """(text: "嘉兴", first: 3)""",
        ["entity"] = """(id: "region.jiaxing")""",
        ["bureauTasks"] = """(bureau: "市科技局")""",
        ["taskOwners"] = """(task: "task.jx315.1-1")""",
        ["responsibilityNetwork"] = """(plan: "plan.jx315")""",
        ["collaborationNetwork"] = """(city: "嘉兴")""",
        ["cityCollaboration"] = """(city: "嘉兴")""",
        ["indicatorSeries"] = """(region: "嘉兴市")""",
        ["neighbourhood"] = """(ids: ["region.jiaxing"], limit: 5)""",
        ["shortestPath"] = """(from: "清华大学", to: "嘉兴市")""",
        ["entities"] = """(kind: "Institute", first: 3)""",
        ["documents"] = "",
        ["catalogue"] = "",
    };

    /// <summary>Mutations in the order they run: each answers on what the ones before it wrote.</summary>
    private static readonly (string Field, string Arguments)[] MutationSamples =
    [
        ("upsertEntity", $$"""(input: {id: "{{Probe}}", kind: "Institute", name: "覆盖测试研究院", sources: ["d001:p9"]})"""),
        ("addRelation", $$"""(input: {from: "{{Probe}}", type: "LOCATED_IN", to: "region.jiaxing", sources: ["d001:p9"]})"""),
        ("removeRelation", $$"""(id: "{{Probe}}|LOCATED_IN|region.jiaxing")"""),
        ("ingestDocument", """(text: "青禾智能研究院位于嘉兴市，由清华大学与嘉兴市人民政府共建。", source: "d900", city: "region.jiaxing")"""),
    ];

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task every_query_field_answers_every_field_of_its_type()
    {
        var schema = await SchemaAsync();
        var fields = schema.Fields("Query");
        fields.Select(f => f.Name).Should().BeEquivalentTo(QuerySamples.Keys, "every root query field needs a sample request here");

        foreach (var field in fields)
        {
            var query = $"{{ {field.Name}{QuerySamples[field.Name]} {schema.Select(field.Type, 1)} }}";
            var data = await Client.DataAsync(query);
            Answered(data.GetProperty(field.Name)).Should().BeTrue($"{field.Name} should answer {query}, but gave {data.GetRawText()}");
        }
    }

    [Fact]
    public async Task every_mutation_field_answers_every_field_of_its_type()
    {
        var schema = await SchemaAsync();
        schema.Fields("Mutation").Select(f => f.Name).Should().BeEquivalentTo(MutationSamples.Select(m => m.Field), "every mutation field needs a sample request here");

        foreach (var (name, arguments) in MutationSamples)
        {
            var field = schema.Fields("Mutation").Single(f => f.Name == name);
            var query = $"mutation {{ {name}{arguments} {schema.Select(field.Type, 1)} }}";
            var data = await Client.DataAsync(query, key: SeededApiFactory.Key);
            Answered(data.GetProperty(name)).Should().BeTrue($"{name} should answer {query}, but gave {data.GetRawText()}");
        }
    }

    /// <summary>A value that says something: not null, and a list or object with something in it (removeRelation's true included).</summary>
    private static bool Answered(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False => false,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Null),
        _ => true,
    };

    private async Task<IntrospectedSchema> SchemaAsync()
    {
        var data = await Client.DataAsync("""
            { __schema { types { name kind possibleTypes { name }
                fields { name args { name defaultValue type { ...Ref } } type { ...Ref } }
                interfaces { name } } } }
            fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """);
        return new IntrospectedSchema(data.GetProperty("__schema").GetProperty("types"));
    }

    private Task CleanAsync() =>
        graph.QueryAsync<Count>($"MATCH (n:Entity) WHERE n.id = '{Probe}' DETACH DELETE n RETURN count(*) AS n");

    public sealed record Count(long N);

    private sealed record Field(string Name, JsonElement Type, JsonElement Arguments);

    /// <summary>Builds selections from the served schema's introspection.</summary>
    private sealed class IntrospectedSchema(JsonElement types)
    {
        private readonly Dictionary<string, JsonElement> _types = types.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, StringComparer.Ordinal);

        public IReadOnlyList<Field> Fields(string typeName) =>
            [.. _types[typeName].GetProperty("fields").EnumerateArray().Select(f => new Field(f.GetProperty("name").GetString()!, f.GetProperty("type"), f.GetProperty("args")))];

        /// <summary>
        /// Every field of the named type under <paramref name="type"/>: leaves always, objects while
        /// <see cref="MaxDepth"/> allows, and for an interface its fields plus each implementation's own.
        /// </summary>
        public string Select(JsonElement type, int depth)
        {
            var named = Named(type);
            var kind = _types[named].GetProperty("kind").GetString();
            if (kind is "SCALAR" or "ENUM")
            {
                return "";
            }

            var selection = new StringBuilder("{ ");
            var own = Fields(named);
            Append(selection, own, depth);
            if (kind == "INTERFACE")
            {
                var shared = own.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var possible in _types[named].GetProperty("possibleTypes").EnumerateArray().Select(p => p.GetProperty("name").GetString()!))
                {
                    var extra = Fields(possible).Where(f => !shared.Contains(f.Name)).ToList();
                    if (extra.Count > 0)
                    {
                        selection.Append($"... on {possible} {{ ");
                        Append(selection, extra, depth);
                        selection.Append("} ");
                    }
                }
            }

            return selection.Append('}').ToString();
        }

        private void Append(StringBuilder selection, IEnumerable<Field> fields, int depth)
        {
            foreach (var field in fields)
            {
                RequiredArguments(field).Should().BeEmpty($"nested field {field.Name} should have defaults for its arguments, or a sample here");
                var leaf = _types[Named(field.Type)].GetProperty("kind").GetString() is "SCALAR" or "ENUM";
                if (leaf)
                {
                    selection.Append(field.Name).Append(' ');
                }
                else if (depth < MaxDepth)
                {
                    selection.Append(field.Name).Append(' ').Append(Select(field.Type, depth + 1)).Append(' ');
                }
            }
        }

        private static IEnumerable<string> RequiredArguments(Field field) =>
            field.Arguments.EnumerateArray()
                .Where(a => a.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL" && a.GetProperty("defaultValue").ValueKind == JsonValueKind.Null)
                .Select(a => a.GetProperty("name").GetString()!);

        private static string Named(JsonElement type) =>
            type.GetProperty("name").GetString() is { } name ? name : Named(type.GetProperty("ofType"));
    }
}
