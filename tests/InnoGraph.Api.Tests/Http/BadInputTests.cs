using System.Net;
using System.Text;
using System.Text.Json;
using InnoGraph.Api.Tests.Support;

namespace InnoGraph.Api.Tests.Http;

/// <summary>Hostile input gets a 4xx with a GraphQL error body, never a 5xx or an empty answer.</summary>
public sealed class BadInputTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _factory;

    public BadInputTests(ApiFactory factory)
    {
        _factory = factory;
        _factory.Cypher.Failure = null;
    }

    public static TheoryData<string> LoneSurrogates => new()
    {
        // As JSON escapes in the body: the query text, an argument, a variable, operationName, a cursor, a key.
        """{"query":"{ search(text: \"\ud800\") { id } }"}""",
        """{"query":"{ search(text: \"a\udc00b\") { id } }"}""",
        """{"query":"query($t: String!) { search(text: $t) { id } }","variables":{"t":"\ud800"}}""",
        """{"query":"query($t: [String!]) { search(text: \"a\", kinds: $t) { id } }","variables":{"t":["Institute","\udfff"]}}""",
        """{"query":"{ search(text: \"a\") { id } }","operationName":"\ud800"}""",
        """{"query":"{ entities(after: \"\ud800\") { edges { cursor } } }"}""",
        """{"query":"{ search(text: \"a\") { id } }","variables":{"\ud800":1}}""",
        """{"query":"{ search(text: \"a\") { id } }","extensions":{"x":"\ud800"}}""",
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public async Task an_unpaired_surrogate_anywhere_in_the_body_is_a_400_bad_request(string body)
    {
        var before = _factory.Cypher.Requests.Count;

        var (status, answer) = await ApiCalls.PostRawAsync(_factory.CreateClient(), body);

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(answer).Should().Be("BAD_REQUEST");
        answer.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("Unicode");
        _factory.Cypher.Requests.Count.Should().Be(before);
    }

    [Fact]
    public async Task an_unpaired_surrogate_escape_in_a_graphql_string_literal_is_a_400_bad_request()
    {
        // The JSON is valid; the GraphQL escape \ud800 inside the document decodes to a lone surrogate.
        var (status, answer) = await ApiCalls.PostRawAsync(_factory.CreateClient(), """{"query":"{ search(text: \"\\ud800\") { id } }"}""");

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(answer).Should().Be("BAD_REQUEST");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 })]
    public async Task invalid_utf8_bytes_in_the_body_are_a_400_bad_request(byte[] bad)
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\"").Concat(bad).Concat(Encoding.UTF8.GetBytes("""\") { id } }"}""")).ToArray();

        var (status, answer) = await ApiCalls.PostRawAsync(_factory.CreateClient(), body);

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(answer).Should().Be("BAD_REQUEST");
    }

    [Theory]
    [InlineData("%FF")]
    [InlineData("%ED%A0%80")]
    [InlineData("%C3%28")]
    public async Task invalid_utf8_in_get_parameters_is_a_400_bad_request(string bad)
    {
        var (status, answer) = await ApiCalls.GetAsync(_factory.CreateClient(), "/graphql?query=" + Uri.EscapeDataString("{ search(text: \"") + bad + Uri.EscapeDataString("\") { id } }"));

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(answer).Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task an_unpaired_surrogate_escape_in_get_variables_is_a_400_bad_request()
    {
        var (status, answer) = await ApiCalls.GetAsync(_factory.CreateClient(), "/graphql?query=" + Uri.EscapeDataString("query($t: String!) { search(text: $t) { id } }") + "&variables=" + Uri.EscapeDataString("""{"t":"\ud800"}"""));

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(answer).Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task a_batched_array_body_is_refused_clearly()
    {
        var (status, answer) = await ApiCalls.PostRawAsync(_factory.CreateClient(), """[{"query":"{ catalogue { kinds { name } } }"},{"query":"{ catalogue { kinds { name } } }"}]""");

        status.Should().Be(HttpStatusCode.BadRequest);
        answer.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("Batched");
    }

    [Fact]
    public async Task duplicate_keys_are_a_400_bad_request()
    {
        var (status, answer) = await ApiCalls.PostRawAsync(_factory.CreateClient(), """{"query":"{ catalogue { kinds { name } } }","query":"mutation { removeRelation(id: \"a|PART_OF|b\") }"}""");

        status.Should().Be(HttpStatusCode.BadRequest);
        ApiCalls.Code(answer).Should().Be("BAD_REQUEST");
    }

    public static TheoryData<string> HostileBodies => new()
    {
        """{"query":"query($n: Int) { search(text: \"a\", first: $n) { id } }","variables":{"n":1e400}}""",
        """{"query":"query($n: Int) { search(text: \"a\", first: $n) { id } }","variables":{"n":123456789012345678901234567890}}""",
        """{"query":"query($n: Int) { search(text: \"a\", first: $n) { id } }","variables":{"n":-99999999999}}""",
        """{"query":"query($n: Int) { search(text: \"a\", first: $n) { id } }","variables":{"n":1.5}}""",
        """{"query":"query($n: Int) { search(text: \"a\", first: $n) { id } }","variables":{"n":"ten"}}""",
        """{"query":"query($t: String!) { search(text: $t) { id } }","variables":{"t":{"a":[1,2,{"b":null}]}}}""",
        """{"query":"query($t: [String!]) { search(text: \"a\", kinds: $t) { id } }","variables":{"t":[[["Institute"]]]}}""",
        """{"query":"{ search(text: \"a\") { id } }","variables":[1,2]}""",
        """{"query":"{ search(text: \"a\") { id } }","variables":"{}"}""",
        """{"query":"{ search(text: \"a\") { id } }","variables":42}""",
        """{"query":42}""",
        """{"query":["{ search(text: \"a\") { id } }"]}""",
        """{"query":null}""",
        """{}""",
        """null""",
        """ "a string" """,
        """{"query":"{ search(text: \"a\u0000b\") { id } }"}""",
        """{"query":"{ search(text: \"a\") { id } }\u0000"}""",
        """{"query":"{ entities(first: 2147483648) { totalCount } }"}""",
        """{"query":"{ entities(first: -1) { totalCount } }"}""",
        """{"query":"{ neighbourhood(ids: [], depth: 99999999999) { nodes { id } } }"}""",
        """{"query":"{ search(text: \"a\") { id } }","operationName":42}""",
        """{"query":"query A { catalogue { kinds { name } } } query A { catalogue { kinds { name } } }"}""",
        """{"query":"query A { catalogue { kinds { name } } }","operationName":"B"}""",
        """{"query":"{ catalogue @skip(if: $x) { kinds { name } } }"}""",
        """{"query":"{ search(text: \"a\") { ... on Nope { id } } }"}""",
        """{"query":"{ search(text: \"a\") { ...Missing } }"}""",
        """{"query":"{ catalogue { kinds @a @b @c @d @e @f @g @h { name } } }"}""",
        """{"query":"{ search(text: \"a\", kinds: [\"Institute) MATCH (n) DETACH DELETE n //\"]) { id } }"}""",
        """{"query":"{ search(text: \"a\", first: 1) { relations(types: [\"PART_OF]-() DETACH DELETE n //\"]) { totalCount } } }"}""",
        """{"query":"{ entities(after: \"!!!not base64!!!\") { totalCount } }"}""",
        """{"query":"{ __type(name: \"\") { name } }"}""",
        """{"query":"query($n: String!) { __type(name: $n) { name } }","variables":{"n":"a b"}}""",
        """{"query":"{ __type(name: \"NoSuchType\") { name } }"}""",
        "{\"query\":\"{ \\\"\"}",
        """{"query":"}}}}}}"}""",
        """{"query":"query($a: Int = 1, $a: Int = 2) { catalogue { kinds { name } } }"}""",
        "{\"query\":\"{ catalogue { kinds { name } } }\"",
        "\uFEFF{\"query\":\"{ catalogue { kinds { name } } }\"}",
        "{\"query\":\"" + new string('[', 10) + "\"}",
        "{\"query\":\"{ catalogue { kinds { name } } }\",\"variables\":" + new string('[', 100) + new string(']', 100) + "}",
        "{\"query\":\"query($v: String) { search(text: \\\"a\\\") { id } }\",\"variables\":{\"v\":" + string.Concat(Enumerable.Repeat("{\"a\":", 60)) + "1" + new string('}', 60) + "}}",
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task hostile_input_never_yields_a_server_error_and_always_a_graphql_body(string body)
    {
        var (status, answer) = await ApiCalls.PostRawAsync(_factory.CreateClient(), body);

        ((int)status).Should().BeLessThan(500, answer.GetRawText());
        answer.ValueKind.Should().Be(JsonValueKind.Object);
        (answer.TryGetProperty("errors", out _) || answer.TryGetProperty("data", out _)).Should().BeTrue(answer.GetRawText());
        answer.GetRawText().Should().NotContain("INTERNAL_ERROR").And.NotContain("Exception").And.NotContain("   at ");
    }
}
