using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP rules, checked against the host with a fake Neo4j client.</summary>
public sealed class GraphQLOverHttpTests : IClassFixture<ApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly ApiFactory _factory;

    public GraphQLOverHttpTests(ApiFactory factory)
    {
        _factory = factory;
        _factory.Cypher.Failure = null;
    }

    [Fact]
    public async Task a_json_post_is_answered_with_the_graphql_response_media_type()
    {
        var response = await PostAsync("""{ search(text: "清华") { id } }""", accept: GraphQLResponse);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponse);
        (await BodyAsync(response)).GetProperty("data").GetProperty("search").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task a_client_accepting_only_application_json_gets_application_json()
    {
        var response = await PostAsync("""{ search(text: "a") { id } }""", accept: "application/json");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Fact]
    public async Task a_client_accepting_neither_media_type_gets_406()
    {
        var response = await PostAsync("""{ search(text: "a") { id } }""", accept: "text/html");

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task a_query_over_get_is_executed()
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("""{ search(text: "a") { id } }"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await BodyAsync(response)).GetProperty("data").GetProperty("search").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public async Task a_mutation_over_get_is_refused_with_405_and_never_reaches_neo4j()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.Key);
        var before = _factory.Cypher.Requests.Count;

        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("""mutation { removeRelation(id: "a|PART_OF|b") }"""));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Contain("POST");
        _factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "query=mutation%20%7B%20removeRelation(id%3A%20%22a%7CPART_OF%7Cb%22)%20%7D")]
    [InlineData("text/plain", """{"query":"mutation { removeRelation(id: \"a|PART_OF|b\") }"}""")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    public async Task a_simple_cross_site_post_is_refused_with_415(string contentType, string body)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFactory.Key);
        var before = _factory.Cypher.Requests.Count;
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync("/graphql", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        _factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Fact]
    public async Task a_body_that_is_not_json_gets_400()
    {
        var client = _factory.CreateClient();

        var response = await client.PostAsync("/graphql", new StringContent("{ not json", Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await BodyAsync(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task a_syntax_error_gets_400_with_the_graphql_response_media_type_and_200_with_application_json()
    {
        var modern = await PostAsync("{ search(text: ", accept: GraphQLResponse);
        var legacy = await PostAsync("{ search(text: ", accept: "application/json");

        modern.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        legacy.StatusCode.Should().Be(HttpStatusCode.OK);
        (await BodyAsync(legacy)).TryGetProperty("data", out _).Should().BeFalse();
    }

    [Fact]
    public async Task a_mutation_without_a_key_gets_401_and_changes_nothing()
    {
        var before = _factory.Cypher.Requests.Count;

        var response = await PostAsync("""mutation { removeRelation(id: "a|PART_OF|b") }""");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await BodyAsync(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("UNAUTHENTICATED");
        _factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Fact]
    public async Task a_mutation_with_a_wrong_key_gets_401()
    {
        var response = await PostAsync("""mutation { removeRelation(id: "a|PART_OF|b") }""", key: "test-key-0123456789abcdeX");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_mutation_with_the_key_is_executed()
    {
        var response = await PostAsync("""mutation { removeRelation(id: "a|PART_OF|b") }""", key: ApiFactory.Key);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await BodyAsync(response)).GetProperty("data").GetProperty("removeRelation").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task a_nested_query_with_several_root_fields_costs_one_round_trip()
    {
        var before = _factory.Cypher.Requests.Count;

        var response = await PostAsync("""
            {
              a: search(text: "清华") { id relations { totalCount edges { node { id relations { edges { node { id } } } } } } }
              b: bureauTasks(bureau: "市科技局") { role task { id relations { edges { id } } } plan { id } }
              c: shortestPath(from: "清华大学", to: "嘉兴市") { nodes { id } }
            }
            """);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _factory.Cypher.Requests.Count.Should().Be(before + 1);
        _factory.Cypher.Requests[^1].Should().HaveCount(3);
        (await BodyAsync(response)).GetProperty("extensions").GetProperty("roundTrips").GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task a_query_deeper_than_the_limit_is_refused_before_neo4j()
    {
        var before = _factory.Cypher.Requests.Count;
        var deep = """{ entity(id: "a") { relations { edges { node { relations { edges { node { relations { edges { node { id } } } } } } } } } } }""";

        var response = await PostAsync(deep);

        var body = await BodyAsync(response);
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("depth");
        _factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Fact]
    public async Task a_request_larger_than_the_limit_gets_413()
    {
        var response = await PostAsync("{ search(text: \"" + new string('a', 5000) + "\") { id } }");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task neo4j_unreachable_gives_503_with_a_clear_error_and_no_internals()
    {
        _factory.Cypher.Failure = new Neo4jUnavailableException(new Uri("http://127.0.0.1:9/"), "connection refused");

        var response = await PostAsync("""{ search(text: "a") { id } }""");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        var error = (await BodyAsync(response)).GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("SERVICE_UNAVAILABLE");
        error.GetRawText().Should().NotContain("127.0.0.1").And.NotContain("   at ");
    }

    [Fact]
    public async Task a_database_error_is_reported_without_cypher_or_stack_trace()
    {
        _factory.Cypher.Failure = new Neo4jException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATCH (n)'");

        var response = await PostAsync("""{ search(text: "a") { id } }""");

        var raw = await response.Content.ReadAsStringAsync();
        raw.Should().Contain("DATABASE_ERROR").And.NotContain("MATCH").And.NotContain("   at ");
    }

    [Fact]
    public async Task development_responses_show_the_round_trips_and_the_generated_cypher()
    {
        var body = await BodyAsync(await PostAsync("""{ search(text: "a") { id } }"""));

        var extensions = body.GetProperty("extensions");
        extensions.GetProperty("roundTrips").GetInt64().Should().Be(1);
        extensions.GetProperty("cypher")[0].GetProperty("statement").GetString().Should().Contain("-[:SEARCHES]->(n:Entity)");
    }

    [Fact]
    public async Task health_answers_without_neo4j_and_metrics_count_round_trips()
    {
        var client = _factory.CreateClient();
        var before = RoundTripsTotal(await client.GetStringAsync("/metrics"));
        await PostAsync("""{ search(text: "a") { id } }""");

        (await client.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
        var metrics = await client.GetStringAsync("/metrics");
        metrics.Should().Contain("innograph_neo4j_round_trips_per_request").And.Contain("innograph_graphql_requests_total");

        // The metrics are process-wide and other tests' requests may be counted too, so at least this one's.
        RoundTripsTotal(metrics).Should().BeGreaterThanOrEqualTo(before + 1);
    }

    private static double RoundTripsTotal(string metrics)
    {
        const string Name = "innograph_neo4j_round_trips_total ";
        var line = metrics.Split('\n').Single(l => l.StartsWith(Name, StringComparison.Ordinal));
        return double.Parse(line[Name.Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task the_served_sdl_is_the_checked_in_schema()
    {
        var served = await _factory.CreateClient().GetStringAsync("/graphql/schema");

        served.ReplaceLineEndings("\n").TrimEnd().Should().Be(File.ReadAllText(Repository.File("src", "InnoGraph.Api", "schema.graphql")).ReplaceLineEndings("\n").TrimEnd());
    }

    [Theory]
    [InlineData("https://viz.example.org", true)]
    [InlineData("https://evil.example.com", false)]
    public async Task only_configured_browser_origins_may_call_the_api(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await _factory.CreateClient().SendAsync(preflight);

        response.Headers.Contains("Access-Control-Allow-Origin").Should().Be(allowed);
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? accept = null, string? key = null)
    {
        var client = _factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

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
