using System.Net;
using InnoGraph.Api.Execution;
using InnoGraph.Api.Tests.Support;

namespace InnoGraph.Api.Tests.Execution;

/// <summary>Parsed documents are kept by query text, within a bound, and a kept document is still checked against its variables.</summary>
public sealed class DocumentCacheTests
{
    private static GraphQLParser.AST.GraphQLDocument Parse(string query) => GraphQLParser.Parser.Parse(query);

    [Fact]
    public void a_repeated_query_is_parsed_once()
    {
        var cache = new DocumentCache(4);

        var first = cache.GetOrParse("{ a }", Parse);
        var second = cache.GetOrParse("{ a }", Parse);

        cache.Parses.Should().Be(1);
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void the_cache_keeps_no_more_than_its_size_and_drops_the_least_recently_used()
    {
        var cache = new DocumentCache(2);
        cache.GetOrParse("{ a }", Parse);
        cache.GetOrParse("{ b }", Parse);
        cache.GetOrParse("{ a }", Parse);
        cache.GetOrParse("{ c }", Parse);

        cache.Count.Should().Be(2);
        cache.GetOrParse("{ a }", Parse);
        cache.Parses.Should().Be(3, "'{ a }' was used after '{ b }', so '{ b }' was dropped for '{ c }'");
        cache.GetOrParse("{ b }", Parse);
        cache.Parses.Should().Be(4);
    }

    [Fact]
    public void a_size_of_zero_parses_every_time()
    {
        var cache = new DocumentCache(0);
        cache.GetOrParse("{ a }", Parse);
        cache.GetOrParse("{ a }", Parse);

        cache.Parses.Should().Be(2);
        cache.Count.Should().Be(0);
    }

    [Fact]
    public void a_document_that_does_not_parse_is_not_kept()
    {
        var cache = new DocumentCache(4);
        cache.GetOrParse("{ a", _ => null).Should().BeNull();

        cache.Count.Should().Be(0);
    }

    [Fact]
    public async Task the_api_parses_a_query_sent_again_with_other_variables_once()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<DocumentCache>();
        const string query = "query($t: String!) { search(text: $t) { id } }";
        var before = cache.Parses;

        var first = await ApiCalls.PostAsync(client, query, new { t = "清华" });
        var second = await ApiCalls.PostAsync(client, query, new { t = "浙江" });

        first.Status.Should().Be(HttpStatusCode.OK);
        second.Status.Should().Be(HttpStatusCode.OK);
        ApiCalls.Code(second.Body).Should().BeNull();
        (cache.Parses - before).Should().Be(1);
    }

    [Fact]
    public async Task a_cached_document_still_refuses_variables_of_the_wrong_type()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        const string query = "query($n: Int!) { search(text: \"a\", first: $n) { id } }";

        var valid = await ApiCalls.PostAsync(client, query, new { n = 5 });
        var wrong = await ApiCalls.PostAsync(client, query, new { n = "five" });

        ApiCalls.Code(valid.Body).Should().BeNull();
        ApiCalls.Code(wrong.Body).Should().Be("INVALID_VALUE");
    }

    [Fact]
    public async Task a_cached_document_that_failed_validation_fails_it_every_time()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        const string query = "{ search(text: \"a\") { nope } }";

        var first = await ApiCalls.PostAsync(client, query);
        var second = await ApiCalls.PostAsync(client, query);

        ApiCalls.Code(first.Body).Should().Be("FIELDS_ON_CORRECT_TYPE");
        ApiCalls.Code(second.Body).Should().Be("FIELDS_ON_CORRECT_TYPE");
    }
}
