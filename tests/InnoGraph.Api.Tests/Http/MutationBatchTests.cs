using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Neo4j.Client;
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
    public async Task three_mutation_fields_are_sent_as_a_check_and_a_guarded_write_each_in_one_request_in_field_order()
    {
        factory.Cypher.Failure = null;
        var before = factory.Cypher.Requests.Count;

        var response = await PostAsync(ThreeWrites);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Cypher.Requests.Count.Should().Be(before + 1);
        var statements = factory.Cypher.Requests[^1];
        statements.Should().HaveCount(6, "the request also records that the graph was written since the last load");
        statements[0].Text.Should().Contain("RETURN existing.kind AS existingKind").And.NotContain("MERGE").And.NotContain("SET ");
        statements[1].Text.Should().Contain("FOREACH (_ IN range(1, 1 / CASE WHEN ok THEN 1 ELSE 0 END) |").And.Contain("MERGE (n:Entity");
        statements[1].Parameters!.Values.OfType<IReadOnlyDictionary<string, object?>>().Should().Contain(p => Equals(p.GetValueOrDefault("name"), "批量测试研究院"));
        statements[2].Text.Should().Contain("RETURN a.kind AS fromKind, b.kind AS toKind").And.NotContain("MERGE");
        statements[3].Text.Should().Contain("FOREACH (_ IN range(1, 1 / CASE WHEN ok THEN 1 ELSE 0 END) |").And.Contain("MERGE (a)-[r:LOCATED_IN");
        statements[3].Parameters!.Values.Should().Contain("inst.batch-probe|LOCATED_IN|region.jiaxing");
        statements[4].Text.Should().Contain("DELETE r");
        statements[5].Should().Be(InnoGraph.Graph.Loading.DatasetRecord.MarkWritten);
        var body = await BodyAsync(response);
        body.GetProperty("extensions").GetProperty("cypher").EnumerateArray().Select(s => s.GetProperty("field").GetString()).Should().Equal("a", "a", "b", "b", "c");
    }

    [Fact]
    public async Task a_guard_failing_after_a_check_that_refuses_reports_the_refusal_and_not_written_for_the_others()
    {
        // Neo4j ran the first check (it refused the locator) and failed the first write on its guard.
        factory.Cypher.Failure = new Neo4jException(Neo4jErrorCodes.ArithmeticError, "/ by zero").WithCompletedResults([Check("""[null, ["d001:p99999"], [{"id": "d001", "document": true, "paragraphs": 53}]]""")]);

        var response = await PostAsync(ThreeWrites);

        factory.Cypher.Failure = null;
        var errors = await ErrorsAsync(response);
        errors["a"].Should().Be(("VALIDATION_FAILED", "The input is not valid: sources: locator d001:p99999: d001 has paragraphs p1 to p53."));
        errors["b"].Code.Should().Be("NOT_WRITTEN");
        errors["c"].Code.Should().Be("NOT_WRITTEN");
        errors["c"].Message.Should().Be("Nothing was written: 'a' of this request was refused, and a request writes all its fields or none (fields after it were not checked against the graph). Correct it and send the request again.");
    }

    [Fact]
    public async Task a_guard_failing_after_a_check_that_passed_is_a_database_error()
    {
        factory.Cypher.Failure = new Neo4jException(Neo4jErrorCodes.ArithmeticError, "/ by zero").WithCompletedResults([Check("""[null, [], [{"id": "d001", "document": true, "paragraphs": 53}]]""")]);

        var response = await PostAsync(ThreeWrites);

        factory.Cypher.Failure = null;
        (await ErrorsAsync(response)).Values.Should().OnlyContain(e => e.Code == "DATABASE_ERROR");
    }

    [Fact]
    public async Task an_arithmetic_error_on_a_check_statement_is_a_database_error()
    {
        // The failing statement is the first write's check (index 0), not a guarded write.
        factory.Cypher.Failure = new Neo4jException(Neo4jErrorCodes.ArithmeticError, "/ by zero");

        var response = await PostAsync(ThreeWrites);

        factory.Cypher.Failure = null;
        (await ErrorsAsync(response)).Values.Should().OnlyContain(e => e.Code == "DATABASE_ERROR");
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

    [Fact]
    public async Task a_batch_that_cannot_reach_neo4j_answers_503_service_unavailable_not_a_database_error()
    {
        factory.Cypher.Failure = new Neo4jUnavailableException(new Uri("http://127.0.0.1:9/"), "connection refused");

        var response = await PostAsync(ThreeWrites);

        factory.Cypher.Failure = null;
        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await BodyAsync(response)).GetProperty("errors").EnumerateArray()
            .Should().OnlyContain(e => e.GetProperty("extensions").GetProperty("code").GetString() == "SERVICE_UNAVAILABLE");
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

    private static CypherResult Check(string row)
    {
        using var document = JsonDocument.Parse(row);
        return new CypherResult(["existingKind", "badSources", "sourceFacts"], [document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList()]);
    }

    private static async Task<Dictionary<string, (string? Code, string? Message)>> ErrorsAsync(HttpResponseMessage response) =>
        (await BodyAsync(response)).GetProperty("errors").EnumerateArray().ToDictionary(
            e => e.GetProperty("path")[0].GetString()!,
            e => (e.GetProperty("extensions").GetProperty("code").GetString(), e.GetProperty("message").GetString()));

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
