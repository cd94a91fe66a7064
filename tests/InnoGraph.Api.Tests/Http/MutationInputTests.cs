using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Api.Tests.Http;

/// <summary>Malformed writes are refused in C# with the seed loader's rules, before anything reaches Neo4j.</summary>
public sealed class MutationInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Upsert = "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }";
    private const string AddRelation = "mutation($input: RelationInput!) { addRelation(input: $input) { id } }";

    [Theory]
    [InlineData("""{"id": "inst.strict\n", "kind": "Institute", "name": "x", "sources": ["d001:p9"]}""", "is not a valid id")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "示范\u0000研究院", "sources": ["d001:p9"]}""", "name contains the control character U+0000")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "abc\u202Egnp", "sources": ["d001:p9"]}""", "name contains the bidirectional formatting character U+202E")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "<script>alert(1)</script>", "sources": ["d001:p9"]}""", "name contains '<'")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "nameEn": "a\nb", "sources": ["d001:p9"]}""", "nameEn contains the control character U+000A")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "aliases": [{"name": "a\u2066b"}], "sources": ["d001:p9"]}""", "aliases[0].name: alias contains the bidirectional formatting character U+2066")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9\nx"]}""", "is not a locator")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": "founded: 2003"}""", "properties must be a map")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": [2003]}""", "properties must be a map")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": 2003}""", "properties must be a map")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": {"founded": 9223372036854775808}}""", "out of range for founded")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": {"founded": 2003.5}}""", "not a valid whole number (unquoted) for founded")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": {"founded": [2003]}}""", "founded must be a single value")]
    [InlineData("""{"id": "inst.strict", "kind": "Institute", "name": "x", "sources": ["d001:p9"], "properties": {"type": "a\u0000b"}}""", "type contains the control character U+0000")]
    [InlineData("""{"id": "fund.strict", "kind": "Fund", "name": "x", "sources": ["d001:p9"], "properties": {"amount": 1e400}}""", "out of range for amount")]
    public async Task a_malformed_entity_is_refused_naming_the_field_and_nothing_is_sent(string input, string reason)
    {
        var (body, sent) = await SendAsync(Upsert, input);

        sent.Should().Be(0);
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("message").GetString().Should().Contain(reason);
    }

    [Theory]
    [InlineData("""{"from": "inst.a", "type": "CO_BUILT_WITH", "to": "univ.b", "key": "g60\n", "sources": ["d001:p9"]}""", "key 'g60\\u000A' is not a valid key")]
    [InlineData("""{"from": "inst.a\n", "type": "CO_BUILT_WITH", "to": "univ.b", "sources": ["d001:p9"]}""", "from: 'inst.a\\u000A' is not a valid id")]
    [InlineData("""{"from": "gov.a", "type": "RESPONSIBLE_FOR", "to": "task.b", "sources": ["d001:p9"], "properties": {"order": 18446744073709551616}}""", "out of range for order")]
    [InlineData("""{"from": "gov.a", "type": "RESPONSIBLE_FOR", "to": "task.b", "sources": ["d001:p9"], "properties": "LEAD"}""", "properties must be a map")]
    [InlineData("""{"from": "inst.a", "type": "CO_BUILT_WITH", "to": "inst.a", "sources": ["d001:p9"]}""", "to: a relation from 'inst.a' to itself")]
    [InlineData("""{"from": "inst.a", "type": "CO_BUILT_WITH", "to": "univ.b", "sources": ["d001:p9"], "properties": {"since": "soon"}}""", "properties.since: 'soon' is not a valid whole number (unquoted) for since")]
    public async Task a_malformed_relation_is_refused_naming_the_field_and_nothing_is_sent(string input, string reason)
    {
        var (body, sent) = await SendAsync(AddRelation, input);

        sent.Should().Be(0);
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        error.GetProperty("message").GetString().Should().Contain(reason);
    }

    [Theory]
    [InlineData("founded: 99999999999999999999", "out of range for founded")]
    [InlineData("founded: 1e400", "not a valid whole number (unquoted) for founded")]
    [InlineData("type: \"<x>\", founded: 2003.0", "not a valid whole number (unquoted) for founded")]
    public async Task numbers_written_in_the_query_are_checked_as_written(string properties, string reason)
    {
        var query = "mutation { upsertEntity(input: { id: \"inst.strict\", kind: \"Institute\", name: \"x\", sources: [\"d001:p9\"], properties: { " + properties + " } }) { id } }";

        var (body, sent) = await SendAsync(query, null);

        sent.Should().Be(0);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("VALIDATION_FAILED");
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain(reason);
    }

    [Fact]
    public async Task a_relation_id_with_a_final_newline_is_refused_before_neo4j()
    {
        var (body, sent) = await SendAsync("mutation { removeRelation(id: \"inst.a\\n|LOCATED_IN|region.b\") }", null);

        sent.Should().Be(0);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("INVALID_ARGUMENT");
    }

    [Fact]
    public async Task a_write_and_a_seed_breaking_the_same_rule_get_the_same_message()
    {
        const string name = "示范\u202E研究院";
        var seed = SeedCompiler.Compile([
            ("sources.yaml", "sources:\n  - { id: d001, kind: document, file: a.txt, title: 测试, paragraphs: 20 }\n"),
            ("entities.yaml", $"entities:\n  - {{ id: inst.strict, kind: Institute, name: \"{name}\", props: {{ founded: 9223372036854775808 }}, at: [d001:p3] }}\n"),
        ]).Problems.Select(p => p.Message).ToList();

        var (body, _) = await SendAsync(Upsert, JsonSerializer.Serialize(new { id = "inst.strict", kind = "Institute", name, sources = new[] { "d001:p3" }, properties = new { founded = 9223372036854775808m } }));

        seed.Should().HaveCount(2);
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        message.Should().Contain(seed[0]).And.Contain(seed[1]);
    }

    private async Task<(JsonElement Body, int Sent)> SendAsync(string query, string? input)
    {
        factory.Cypher.Failure = null;
        var before = factory.Cypher.Requests.Count;
        var variables = input is null ? "null" : $$"""{"input": {{input}}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query": {{JsonSerializer.Serialize(query)}}, "variables": {{variables}}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        request.Headers.Add("X-Api-Key", ApiFactory.Key);
        using var response = await factory.CreateClient().SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (document.RootElement.Clone(), factory.Cypher.Requests.Count - before);
    }
}
