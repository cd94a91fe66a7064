using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Api.Tests.Http;

/// <summary>The mutation fields of a request go to Neo4j together, in one round trip, in field order.</summary>
public sealed class MutationBatchTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ThreeWrites = """
        mutation {
          a: upsertEntity(input: { id: "inst.batch-probe", kind: "Institute", name: "批量测试研究院", sources: ["d001:p9"] }) { id }
          b: addRelation(input: { from: "inst.batch-probe", type: "LOCATED_IN", to: "region.jiaxing", sources: ["d001:p9"] }) { id }
          c: removeRelation(id: "inst.batch-probe|LOCATED_IN|region.jiaxing")
        }
        """;

    [Fact]
    public async Task three_mutation_fields_are_sent_as_three_statements_of_one_request_in_field_order()
    {
        factory.Cypher.Failure = null;
        var before = factory.Cypher.Requests.Count;

        var response = await PostAsync(ThreeWrites);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Cypher.Requests.Count.Should().Be(before + 1);
        var statements = factory.Cypher.Requests[^1];
        statements.Should().HaveCount(3);
        statements[0].Text.Should().Contain("MERGE (n:Entity");
        statements[0].Parameters!.Values.Should().Contain("批量测试研究院");
        statements[1].Text.Should().Contain("MERGE (a)-[r:LOCATED_IN");
        statements[1].Parameters!.Values.Should().Contain("inst.batch-probe|LOCATED_IN|region.jiaxing");
        statements[2].Text.Should().Contain("DELETE r");
        var body = await BodyAsync(response);
        body.GetProperty("extensions").GetProperty("cypher").EnumerateArray().Select(s => s.GetProperty("field").GetString()).Should().Equal("a", "b", "c");
    }

    [Fact]
    public async Task one_invalid_field_sends_nothing_and_each_field_says_why()
    {
        factory.Cypher.Failure = null;
        var before = factory.Cypher.Requests.Count;

        var response = await PostAsync("""
            mutation {
              a: upsertEntity(input: { id: "inst.batch-probe", kind: "Institute", name: "批量测试研究院", sources: ["d001:p9"] }) { id }
              b: addRelation(input: { from: "inst.batch-probe", type: "NOT_A_TYPE", to: "region.jiaxing", sources: ["d001:p9"] }) { id }
              c: removeRelation(id: "not-a-relation-id")
            }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Cypher.Requests.Count.Should().Be(before);
        var codes = (await BodyAsync(response)).GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("path")[0].GetString()!,
            e => e.GetProperty("extensions").GetProperty("code").GetString());
        codes.Should().Equal(new Dictionary<string, string?>
        {
            ["a"] = "NOT_WRITTEN",
            ["b"] = "VALIDATION_FAILED",
            ["c"] = "INVALID_ARGUMENT",
        });
    }

    [Fact]
    public async Task a_batch_without_a_key_gets_401_and_never_reaches_neo4j()
    {
        var before = factory.Cypher.Requests.Count;

        var response = await PostAsync(ThreeWrites, key: null);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Fact]
    public async Task a_database_error_is_reported_on_every_field_as_nothing_written()
    {
        factory.Cypher.Failure = new Neo4jException("Neo.ClientError.Statement.SemanticError", "refused");
        var before = factory.Cypher.Requests.Count;

        var response = await PostAsync(ThreeWrites);

        factory.Cypher.Failure = null;
        factory.Cypher.Requests.Count.Should().Be(before + 1);
        var errors = (await BodyAsync(response)).GetProperty("errors").EnumerateArray().ToList();
        errors.Select(e => e.GetProperty("path")[0].GetString()).Should().Equal("a", "b", "c");
        errors.Should().OnlyContain(e => e.GetProperty("extensions").GetProperty("code").GetString() == "DATABASE_ERROR"
            && e.GetProperty("message").GetString()!.Contains("nothing of it was written"));
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? key = ApiFactory.Key)
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
