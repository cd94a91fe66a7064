using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InnoGraph.Api.Tests.Support;

namespace InnoGraph.Api.Tests.Http;

/// <summary><c>ingestDocument</c> answers proposals behind the API key and sends nothing to Neo4j.</summary>
public sealed class IngestDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Text = "推进工作情况\n1.建设研发平台。支持企业建设研发机构。(责任单位:市科技局、市财政局)\n";

    private const string Query = """
        mutation($text: String!) {
          ingestDocument(text: $text, source: "d098", city: "region.jiaxing", date: "2024-01-01") {
            source paragraphs draft
            proposals { what id isNew from type to locator start end text method confidence review }
          }
        }
        """;

    [Fact]
    public async Task the_proposals_come_back_with_their_spans_and_nothing_is_written()
    {
        var (status, body, sent) = await SendAsync(ApiFactory.Key);

        status.Should().Be(HttpStatusCode.OK);
        sent.Should().Be(0);
        var answer = body.GetProperty("data").GetProperty("ingestDocument");
        answer.GetProperty("paragraphs").GetInt32().Should().Be(2);
        answer.GetProperty("draft").GetString().Should().Contain("id: d098");
        var proposals = answer.GetProperty("proposals").EnumerateArray().ToList();
        proposals.Should().Contain(p => p.GetProperty("what").GetString() == "relation" && p.GetProperty("from").GetString() == "gov.jiaxing.science-bureau" && p.GetProperty("type").GetString() == "RESPONSIBLE_FOR");
        var paragraph = Text.Split('\n')[1];
        foreach (var proposal in proposals.Where(p => p.GetProperty("locator").GetString() == "d098:p2"))
        {
            paragraph[proposal.GetProperty("start").GetInt32()..proposal.GetProperty("end").GetInt32()].Should().Be(proposal.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task without_an_api_key_nothing_is_ingested()
    {
        var (status, body, sent) = await SendAsync(null);

        status.Should().Be(HttpStatusCode.Unauthorized);
        sent.Should().Be(0);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("UNAUTHENTICATED");
    }

    [Fact]
    public async Task a_text_without_a_paragraph_is_refused_by_its_argument()
    {
        var (_, body, sent) = await SendAsync(ApiFactory.Key, " \n\n");

        sent.Should().Be(0);
        var error = body.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("INVALID_ARGUMENT");
        error.GetProperty("message").GetString().Should().Contain("'text' holds no paragraph");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, int Sent)> SendAsync(string? key, string text = Text)
    {
        var before = factory.Cypher.Requests.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query, variables = new { text } }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone(), factory.Cypher.Requests.Count - before);
    }
}
