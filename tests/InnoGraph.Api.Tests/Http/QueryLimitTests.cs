using System.Net;
using System.Text.Json;
using InnoGraph.Api.Tests.Support;

namespace InnoGraph.Api.Tests.Http;

/// <summary>The limits checked in one pass before validation, execution or Neo4j, each with its code.</summary>
public sealed class QueryLimitTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;

    public QueryLimitTests(ApiFactory factory)
    {
        _factory = factory;
        _factory.Cypher.Failure = null;
    }

    [Theory]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(16)]
    public async Task a_fragment_bomb_is_refused_before_execution(int levels)
    {
        var before = _factory.Cypher.Requests.Count;

        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), Bombs.Fragments(levels));

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().BeOneOf("TOO_MANY_FIELDS", "QUERY_TOO_COMPLEX");
        body.TryGetProperty("data", out _).Should().BeFalse();
        _factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Fact]
    public async Task a_small_fragment_tree_within_the_limits_is_answered()
    {
        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), Bombs.Fragments(1));

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("data").GetProperty("catalogue").GetProperty("kinds").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task the_standard_introspection_query_with_every_option_is_answered()
    {
        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), Fixtures.IntrospectionQuery);

        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ValueKind == JsonValueKind.Undefined ? "" : errors.GetRawText());
        status.Should().Be(HttpStatusCode.OK);
        var schema = body.GetProperty("data").GetProperty("__schema");
        schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Contain(["Query", "Institute", "__Type"]);
        schema.GetProperty("directives").EnumerateArray().Should().AllSatisfy(d => d.GetProperty("isRepeatable").ValueKind.Should().BeOneOf(JsonValueKind.True, JsonValueKind.False));
    }

    [Fact]
    public async Task nested_introspection_that_multiplies_the_schema_is_refused()
    {
        const string Nested = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } } } }";

        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), Nested);

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task three_indicator_series_with_sources_pass_the_limits()
    {
        var before = _factory.Cypher.Requests.Count;

        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), Fixtures.ThreeIndicatorSeries);

        // The fake database answers null, so only the limits are judged here; the answers are checked on Neo4j.
        status.Should().Be(HttpStatusCode.OK, body.GetRawText());
        _factory.Cypher.Requests.Count.Should().Be(before + 1);
    }

    [Fact]
    public async Task tasks_with_their_owners_at_first_100_pass_the_limits()
    {
        var before = _factory.Cypher.Requests.Count;

        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), Fixtures.TasksWithOwners);

        // The fake database answers null, so only the limits are judged here; the answers are checked on Neo4j.
        status.Should().Be(HttpStatusCode.OK, body.GetRawText());
        _factory.Cypher.Requests.Count.Should().Be(before + 1);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    public async Task many_aliased_neighbourhoods_are_refused_before_neo4j(int count)
    {
        var before = _factory.Cypher.Requests.Count;

        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), Bombs.Aliases(count, """neighbourhood(ids: ["a"], depth: 3, limit: 500) { nodes { id } }"""));

        // 100 of them are refused for their size already (the test host allows 4 KiB).
        status.Should().BeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        ApiCalls.Code(body).Should().NotBeNull();
        _factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Fact]
    public async Task aliased_neighbourhoods_within_alias_limits_are_refused_by_the_database_cost()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:MaxAliases"] = "1000";
        factory.Settings["Api:MaxRootFields"] = "1000";
        factory.Settings["Api:MaxComplexity"] = "100000000";

        var (status, body) = await ApiCalls.PostAsync(factory.CreateClient(), Bombs.Aliases(50, """neighbourhood(ids: ["a"], depth: 3, limit: 500) { nodes { id } }"""));

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("QUERY_TOO_COSTLY");
        factory.Cypher.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task the_database_cost_follows_variables_as_well_as_literals()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:MaxDatabaseCost"] = "2000";
        var client = factory.CreateClient();
        const string Query = "query($limit: Int, $depth: Int) { neighbourhood(ids: [\"a\"], depth: $depth, limit: $limit) { nodes { id } } }";

        var (small, _) = await ApiCalls.PostAsync(client, Query, new { limit = 100, depth = 1 });
        var (large, body) = await ApiCalls.PostAsync(client, Query, new { limit = 500, depth = 3 });

        small.Should().Be(HttpStatusCode.OK);
        large.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("QUERY_TOO_COSTLY");
    }

    [Fact]
    public async Task page_sizes_multiply_through_nesting()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:MaxDatabaseCost"] = "20000";
        var client = factory.CreateClient();

        var (shallow, _) = await ApiCalls.PostAsync(client, """{ search(text: "a", first: 100) { id relations(first: 10) { edges { node { id } } } } }""");
        var (nested, body) = await ApiCalls.PostAsync(client, """{ search(text: "a", first: 100) { id relations(first: 100) { edges { node { id relations(first: 100) { edges { node { id } } } } } } } }""");

        shallow.Should().Be(HttpStatusCode.OK);
        nested.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().BeOneOf("QUERY_TOO_COSTLY", "QUERY_TOO_COMPLEX");
    }

    [Fact]
    public async Task a_query_deeper_than_the_limit_gets_query_too_deep()
    {
        // ApiFactory allows 8 levels.
        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), """{ entity(id: "a") { relations { edges { node { relations { edges { node { relations { edges { node { id } } } } } } } } } } }""");

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task nesting_beyond_what_the_parser_accepts_gets_query_too_deep_not_an_internal_error()
    {
        var deep = string.Concat(Enumerable.Repeat("{ a ", 300)) + string.Concat(Enumerable.Repeat("} ", 300));

        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), deep);

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("QUERY_TOO_DEEP");
    }

    [Fact]
    public async Task deep_nesting_with_a_syntax_error_is_still_a_client_error()
    {
        var deep = string.Concat(Enumerable.Repeat("{ a ", 300));

        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), deep);

        ((int)status).Should().BeLessThan(500);
        ApiCalls.Code(body).Should().NotBe("INTERNAL_ERROR");
    }

    [Fact]
    public async Task a_subscription_gets_400_operation_not_supported()
    {
        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), "subscription { catalogue { kinds { name } } }");

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("OPERATION_NOT_SUPPORTED");
    }

    [Fact]
    public async Task more_aliases_than_allowed_get_too_many_aliases()
    {
        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), "{ catalogue { " + string.Concat(Enumerable.Range(0, 40).Select(i => $"k{i}: kinds {{ name }} ")) + "} }");

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task more_root_fields_than_allowed_get_too_many_root_fields()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:MaxAliases"] = "1000";

        var (status, body) = await ApiCalls.PostAsync(factory.CreateClient(), Bombs.Aliases(25, """entity(id: "a") { id }"""));

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("TOO_MANY_ROOT_FIELDS");
    }

    [Fact]
    public async Task a_document_with_more_tokens_than_allowed_gets_query_too_large()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:MaxTokens"] = "100";

        var (status, body) = await ApiCalls.PostAsync(factory.CreateClient(), "{ catalogue { " + string.Concat(Enumerable.Repeat("kinds { name } ", 30)) + "} }");

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("QUERY_TOO_LARGE");
    }

    [Fact]
    public async Task a_fragment_that_spreads_itself_is_refused_without_looping()
    {
        var (status, body) = await ApiCalls.PostAsync(_factory.CreateClient(), "{ catalogue { ...A } } fragment A on Catalogue { kinds { name } ...B } fragment B on Catalogue { ...A }");

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(body).Should().Be("INVALID_QUERY");
    }
}
