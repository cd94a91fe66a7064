namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Kinds and relation types outside the allowlists, where they would become labels or types in Cypher: always refused.</summary>
internal static class ForbiddenKindsAndTypes
{
    public const string Family = "forbidden-kind-or-type";

    private static readonly string[] Kinds =
    [
        "Entity`) DETACH DELETE n //", "Entity", "entity", "INSTITUTE", "institute", "Institute ", " Institute", "Institute\n",
        "Institute`", "`Institute`", "Institute:Region", "Institute|Region", "Institute) MATCH (m", "", " ", "Node", "Institute\u0000",
        "Ιnstitute", "Institute\u200b", "*", "%", "Region OR 1=1",
    ];

    private static readonly string[] Types =
    [
        "LOCATED_IN`]->() DETACH DELETE n //", "LOCATED_IN|PART_OF", "LOCATED_IN*1..100", ":LOCATED_IN", "located_in", "LOCATED_IN ",
        "`LOCATED_IN`", "LOCATED_IN`", "``", "", "*", "LOCATED_IN]-(x) DETACH DELETE x //", "RESPONSIBLE_FOR\n", "PART_OF\u0000", "ＰＡＲＴ_ＯＦ",
        "LOCATED_IN {id: 1}", "LOCATED_IN*", "KNOWS",
    ];

    public static IReadOnlyList<HostileCase> Generate(int seed, HostileContext context)
    {
        var cases = new FamilyCases(Family, seed);
        var refused = Expect.ErrorCode("INVALID_ARGUMENT", "VALIDATION_FAILED", "BAD_REQUEST");
        foreach (var kind in Kinds)
        {
            var shown = Expect.Shorten(kind, 30);
            cases.Add($"search(kinds: [{shown}])", GraphQLRequests.Post("query($k: [String!]) { search(text: \"院\", kinds: $k) { id } }", new { k = new[] { kind } }), refused);
            cases.Add($"search(kinds: [Institute, {shown}])", GraphQLRequests.Post("query($k: [String!]) { search(text: \"院\", kinds: $k) { id } }", new { k = new[] { "Institute", kind } }), refused);
            cases.Add($"entities(kind: {shown})", GraphQLRequests.Post("query($k: String) { entities(kind: $k) { edges { node { id } } } }", new { k = kind }), refused);
            cases.Add($"relations(kinds: [{shown}])", GraphQLRequests.Post($"query($k: [String!]) {{ entity(id: \"{HostileContext.Hub}\") {{ relations(kinds: $k) {{ totalCount }} }} }}", new { k = new[] { kind } }), refused);
            cases.Add($"upsertEntity(kind: {shown})", GraphQLRequests.Post(
                $$"""mutation($k: String!) { upsertEntity(input: { id: "inst.hostile-kind", kind: $k, name: "允许名单测试院", sources: ["{{HostileContext.Locator}}"] }) { id } }""", new { k = kind }, key: context.Key), Expect.NotWritten());
        }

        foreach (var type in Types)
        {
            var shown = Expect.Shorten(type, 30);
            cases.Add($"relations(types: [{shown}])", GraphQLRequests.Post($"query($t: [String!]) {{ entity(id: \"{HostileContext.Hub}\") {{ relations(types: $t) {{ totalCount }} }} }}", new { t = new[] { type } }), refused);
            cases.Add($"relations(types: [PART_OF, {shown}]) in the document", GraphQLRequests.Post($"{{ entity(id: \"{HostileContext.Hub}\") {{ relations(types: [\"PART_OF\", {GraphQLRequests.GraphQLLiteral(type)}]) {{ totalCount }} }} }}"), refused);
            cases.Add($"neighbourhood(relationTypes: [{shown}])", GraphQLRequests.Post($"query($t: [String!]) {{ neighbourhood(ids: [\"{HostileContext.Hub}\"], relationTypes: $t) {{ nodes {{ id }} }} }}", new { t = new[] { type } }), refused);
            cases.Add($"addRelation(type: {shown})", GraphQLRequests.Post(
                $$"""mutation($t: String!) { addRelation(input: { from: "{{HostileContext.Hub}}", type: $t, to: "region.zhejiang", sources: ["{{HostileContext.Locator}}"] }) { id } }""", new { t = type }, key: context.Key), Expect.NotWritten());
            cases.Add($"removeRelation of type {shown}", GraphQLRequests.Post(
                "mutation($id: ID!) { removeRelation(id: $id) }", new { id = $"{HostileContext.Hub}|{type}|region.zhejiang" }, key: context.Key));
        }

        return cases.Cases;
    }
}
