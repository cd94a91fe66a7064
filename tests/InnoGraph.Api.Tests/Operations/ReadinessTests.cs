using System.Net;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Api.Tests.Operations;

/// <summary>/readyz is cheap: one Neo4j request per interval however many probes, and rate-limited apart from /graphql.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task a_flood_of_readiness_probes_costs_one_neo4j_request_per_interval()
    {
        await using var factory = new ApiFactory();
        var clock = new ManualClock();
        await using var api = LoggedApi.Create(factory, new CapturingLoggerProvider(), clock);
        var client = api.CreateClient();

        var first = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync("/readyz")));
        var afterFirst = factory.Cypher.Requests.Count;
        clock.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.GetAsync("/readyz")));

        first.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.OK);
        afterFirst.Should().Be(1);
        factory.Cypher.Requests.Count.Should().Be(2);
    }

    [Fact]
    public async Task an_unavailable_neo4j_is_reported_from_the_cache_too()
    {
        await using var factory = new ApiFactory();
        factory.Cypher.Failure = new Neo4jUnavailableException(new Uri("http://127.0.0.1:9"), "connection refused");
        await using var api = LoggedApi.Create(factory, new CapturingLoggerProvider(), new ManualClock());
        var client = api.CreateClient();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++)
        {
            responses.Add(await client.GetAsync("/readyz"));
        }

        responses.Should().OnlyContain(response => response.StatusCode == HttpStatusCode.ServiceUnavailable);
        factory.Cypher.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task readiness_probes_beyond_their_rate_limit_get_429_while_graphql_still_answers()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:Readiness:RequestsPerMinute"] = "3";
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/readyz")).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        (await client.PostAsJsonAsync("/graphql", new { query = "{ catalogue { kinds { name } } }" })).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
