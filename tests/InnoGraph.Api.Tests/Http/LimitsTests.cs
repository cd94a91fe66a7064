using System.Net;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Neo4j.Client;
using Microsoft.AspNetCore.TestHost;

namespace InnoGraph.Api.Tests.Http;

/// <summary>Rate limiting, complexity, timeouts: each with its own host and settings.</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task requests_beyond_the_rate_limit_get_429_with_retry_after()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:RequestsPerMinute"] = "2";
        var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/graphql", new { query = "{ catalogue { kinds { name } } }" })).StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        var limited = await client.PostAsJsonAsync("/graphql", new { query = "{ catalogue { kinds { name } } }" });
        limited.Headers.RetryAfter.Should().NotBeNull();
        (await limited.Content.ReadAsStringAsync()).Should().Contain("RATE_LIMITED");
    }

    [Fact]
    public async Task a_query_above_the_complexity_limit_is_refused_before_neo4j()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:MaxComplexity"] = "50";
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = """{ search(text: "a", first: 100) { id name relations(first: 100) { edges { node { id name } } } } }""",
        });

        (await response.Content.ReadAsStringAsync()).Should().Contain("\"QUERY_TOO_COMPLEX\"");
        factory.Cypher.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task a_request_that_outlives_the_timeout_gets_504_with_a_timeout_code()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:Timeout"] = "00:00:00.200";
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICypherClient>(new LocalHangingCypherClient()))).CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new { query = """{ search(text: "a") { id } }""" });

        response.StatusCode.Should().Be(HttpStatusCode.GatewayTimeout);
        (await response.Content.ReadAsStringAsync()).Should().Contain("TIMEOUT");
    }

    [Fact]
    public async Task the_catalogue_is_served_without_a_round_trip()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ catalogue { kinds { name idPrefix } relationTypes { name properties { name allowedValues } } } }" });

        var text = await response.Content.ReadAsStringAsync();
        text.Should().Contain("\"GovernmentBody\"").And.Contain("\"RESPONSIBLE_FOR\"").And.Contain("\"LEAD\"");
        factory.Cypher.Requests.Should().BeEmpty();
    }

    /// <summary>Never answers until cancelled.</summary>
    private sealed class LocalHangingCypherClient : ICypherClient
    {
        private readonly FakeCypherClient _inner = new();

        public RoundTripCounter RoundTrips => _inner.RoundTrips;

        public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, WorkKind work, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return [];
        }

        public Task<CypherResult> RunAsync(CypherStatement statement, WorkKind work, CancellationToken cancellationToken) => _inner.RunAsync(statement, work, cancellationToken);

        public IAsyncEnumerable<IReadOnlyDictionary<string, System.Text.Json.JsonElement>> StreamAsync(CypherStatement statement, CancellationToken cancellationToken) => _inner.StreamAsync(statement, cancellationToken);

        public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken) => _inner.BeginTransactionAsync(cancellationToken);

        public Task<ServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => _inner.GetServerInfoAsync(cancellationToken);
    }
}
