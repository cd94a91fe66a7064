using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Writes with a valid key and input the seed validator refuses — ids and keys with a final line
/// feed, locators out of the document's range, integers beyond 64 bits, names with control, bidi
/// or markup characters, <c>properties</c> that is not an object — alone and beside valid fields.
/// Every one is refused and nothing of the request is written.
/// </summary>
internal static class StrictWrites
{
    public const string Family = "strict-writes";

    private static readonly (string Problem, string Field, string Value)[] EntityProblems =
    [
        ("an id ending in a line feed", "id", "\"inst.hostile-strict\\n\""),
        ("an id ending in a carriage return", "id", "\"inst.hostile-strict\\r\""),
        ("an id with a leading space", "id", "\" inst.hostile-strict\""),
        ("an id in upper case", "id", "\"INST.HOSTILE-STRICT\""),
        ("an id with Chinese", "id", "\"inst.敌意\""),
        ("an empty id", "id", "\"\""),
        ("an id of 5000 characters", "id", "\"inst." + new string('a', 5000) + "\""),
        ("an id of another kind's prefix", "id", "\"region.hostile-strict\""),
        ("an id with a quote", "id", "\"inst.a'b\""),
        ("an id with a backtick", "id", "\"inst.a`b\""),
        ("an id with a NUL", "id", "\"inst.a\\u0000b\""),
        ("kind Document", "kind", "\"Document\""),
        ("a name with a NUL", "name", "\"敌意\\u0000院\""),
        ("a name with a bidi override", "name", "\"敌意\\u202e院\""),
        ("a name with a bidi isolate", "name", "\"敌意\\u2066院\\u2069\""),
        ("a name with a bell", "name", "\"敌意\\u0007院\""),
        ("a name with a line feed", "name", "\"敌意\\n院\""),
        ("a name with a script tag", "name", "\"<script>alert(1)</script>\""),
        ("a name with markup", "name", "\"<b>敌意院</b>\""),
        ("an empty name", "name", "\"\""),
        ("a blank name", "name", "\"   \""),
        ("a name of 201 characters", "name", "\"" + new string('院', 201) + "\""),
        ("an English name with a NUL", "nameEn", "\"Hostile\\u0000\""),
        ("an alias with a bidi override", "aliases", "[{ name: \"敌\\u202e意\" }]"),
        ("an alias of an unknown script", "aliases", "[{ name: \"敌意\", script: \"xx\" }]"),
        ("51 aliases", "aliases", "[" + string.Join(", ", Enumerable.Range(0, 51).Select(i => $"{{ name: \"别名{i}\" }}")) + "]"),
        ("no sources", "sources", "[]"),
        ("a paragraph beyond the document", "sources", "[\"d001:p99999\"]"),
        ("paragraph 0", "sources", "[\"d001:p0\"]"),
        ("a bare paragraph", "sources", "[\"p0\"]"),
        ("a document without a paragraph", "sources", "[\"d001\"]"),
        ("a locator ending in a line feed", "sources", "[\"d001:p9\\n\"]"),
        ("a locator with a path", "sources", "[\"../../etc/passwd\"]"),
        ("51 sources", "sources", "[" + string.Join(", ", Enumerable.Range(1, 51).Select(i => $"\"d001:p{i}\"")) + "]"),
        ("properties a list", "properties", "[1, 2]"),
        ("properties a string", "properties", "\"founded\""),
        ("properties a number", "properties", "5"),
        ("properties true", "properties", "true"),
        ("founded 2^63", "properties", "{ founded: \"__2^63__\" }"),
        ("founded 10^30", "properties", "{ founded: 1e30 }"),
        ("founded -2^63 - 1", "properties", "{ founded: \"__-2^63-1__\" }"),
        ("founded a string", "properties", "{ founded: \"1990\" }"),
        ("founded a fraction", "properties", "{ founded: 1990.5 }"),
        ("an unknown property", "properties", "{ colour: \"red\" }"),
        ("a level not allowed", "properties", "{ level: \"galactic\" }"),
        ("a property holding an object", "properties", "{ level: { a: 1 } }"),
        ("a property name with a backtick", "properties", "{ `x: 1 }"),
    ];

    private static readonly (string Problem, string Input)[] RelationProblems =
    [
        ("a from id ending in a line feed", "from: \"region.jiaxing\\n\", type: \"PART_OF\", to: \"region.zhejiang\""),
        ("an unknown type", "from: \"region.jiaxing\", type: \"OWNS\", to: \"region.zhejiang\""),
        ("a type with a backtick", "from: \"region.jiaxing\", type: \"PART_OF`]->(x) DETACH DELETE x //\", to: \"region.zhejiang\""),
        ("a key ending in a line feed", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.zhejiang\", key: \"k\\n\""),
        ("a key with a quote", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.zhejiang\", key: \"k' OR '1'='1\""),
        ("an order of 2^63", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.zhejiang\", properties: { order: \"__2^63__\" }"),
        ("properties a list", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.zhejiang\", properties: [1]"),
        ("a role not allowed", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.zhejiang\", properties: { role: \"<b>BOSS</b>\" }"),
        ("a missing entity at the end", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.hostile-missing\""),
        ("kinds the type does not join", "from: \"region.jiaxing\", type: \"RESPONSIBLE_FOR\", to: \"region.zhejiang\""),
        ("paragraph 0", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.zhejiang\", sources: [\"d001:p0\"]"),
        ("a paragraph beyond the document", "from: \"region.jiaxing\", type: \"PART_OF\", to: \"region.zhejiang\", sources: [\"d001:p99999\"]"),
    ];

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context)
    {
        var cases = new FamilyCases(Family, seed);
        var random = cases.Random;
        var n = 0;
        foreach (var (problem, field, value) in EntityProblems)
        {
            cases.Add($"upsertEntity with {problem}", Post(context, Entity(n++, field, value)), Expect.NotWritten());
            cases.Add($"upsertEntity with {problem}, after a valid one", Post(context, Valid(n++) + " " + Entity(n++, field, value)), Expect.NotWritten());
            cases.Add($"upsertEntity with {problem}, before a valid relation", Post(context, Entity(n++, field, value) + " " + ValidRelation(n++)), Expect.NotWritten());
        }

        foreach (var (problem, input) in RelationProblems)
        {
            var withSources = input.Contains("sources:", StringComparison.Ordinal) ? input : input + $", sources: [\"{HostileContext.Locator}\"]";
            cases.Add($"addRelation with {problem}", Post(context, $"r{n++}: addRelation(input: {{ {Resolve(withSources)} }}) {{ id }}"), Expect.NotWritten());
        }

        // Random mixtures: several valid fields and one or more invalid ones, in any order.
        for (var i = 0; i < 60; i++)
        {
            var fields = new List<string>();
            for (var valid = random.Next(0, 4); valid > 0; valid--)
            {
                fields.Add(Valid(n++));
            }

            var bad = EntityProblems[random.Next(EntityProblems.Length)];
            fields.Insert(random.Next(fields.Count + 1), Entity(n++, bad.Field, bad.Value));
            cases.Add($"{fields.Count} fields, one with {bad.Problem}", Post(context, string.Join(" ", fields)), Expect.NotWritten());
        }

        return cases.Cases;
    }

    private static HostileRequest Post(HostileContext context, string fields) => GraphQLRequests.Post("mutation { " + fields + " }", key: context.Key);

    /// <summary>A valid entity with one member replaced by <paramref name="value"/>; each field writes an id of its own.</summary>
    private static string Entity(int n, string field, string value)
    {
        var members = new Dictionary<string, string>
        {
            ["id"] = $"\"inst.hostile-strict-{n}\"", ["kind"] = "\"Institute\"", ["name"] = $"\"严格写入测试院{n}\"", ["sources"] = $"[\"{HostileContext.Locator}\"]",
        };
        members[field] = value;
        return $"e{n}: upsertEntity(input: {{ {Resolve(string.Join(", ", members.Select(m => $"{m.Key}: {m.Value}")))} }}) {{ id }}";
    }

    private static string Valid(int n) => Entity(n, "name", $"\"严格写入有效院{n}\"");

    private static string ValidRelation(int n) => $"r{n}: addRelation(input: {{ from: \"inst.hostile-strict-{n - 1}\", type: \"LOCATED_IN\", to: \"{HostileContext.Hub}\", sources: [\"{HostileContext.Locator}\"] }}) {{ id }}";

    /// <summary>Integers beyond 64 bits cannot be written in C# literals above; they are spliced in as GraphQL numbers.</summary>
    private static string Resolve(string text) => new StringBuilder(text)
        .Replace("\"__2^63__\"", "9223372036854775808")
        .Replace("\"__-2^63-1__\"", "-9223372036854775809")
        .ToString();
}
