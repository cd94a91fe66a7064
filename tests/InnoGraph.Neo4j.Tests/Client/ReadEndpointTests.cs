using System.Net;
using System.Text;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InnoGraph.Neo4j.Tests.Client;

/// <summary>With a read endpoint configured, reads go there and everything else to the main endpoint.</summary>
public sealed class ReadEndpointTests
{
    private static readonly CypherStatement Statement = new("RETURN 1 AS x");

    [Fact]
    public async Task reads_go_to_the_read_uri_and_writes_and_transactions_to_the_main_uri()
    {
        var neo4j = new AnsweringNeo4j();
        using var client = Client(neo4j, "http://reader.example:7474");

        await client.ReadAsync([Statement], CancellationToken.None);
        var reads = neo4j.Posts();
        await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);
        await client.RunAsync([Statement, Statement], WorkKind.NotRetrySafe, CancellationToken.None);
        await client.InTransactionAsync(async (transaction, token) => await transaction.RunAsync([Statement], token), WorkKind.RetrySafe, CancellationToken.None);

        reads.Should().Equal("reader.example:7474 /db/data/transaction/commit");
        neo4j.Posts().Skip(1).Should().Equal(
            "writer.example:7474 /db/data/transaction/commit",
            "writer.example:7474 /db/data/transaction/commit",
            "writer.example:7474 /db/data/transaction",
            "writer.example:7474 /db/data/transaction/7",
            "writer.example:7474 /db/data/transaction/7/commit");
    }

    [Fact]
    public async Task reads_sent_to_the_read_uri_are_marked_as_reads_for_a_routing_cluster()
    {
        var neo4j = new AnsweringNeo4j();
        using var client = Client(neo4j, "http://reader.example:7474");

        await client.ReadAsync([Statement], CancellationToken.None);
        await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        neo4j.AccessModes.Should().Equal("READ", null);
    }

    [Fact]
    public async Task streamed_reads_such_as_exports_go_to_the_read_uri_marked_as_reads()
    {
        var neo4j = new AnsweringNeo4j();
        using var client = Client(neo4j, "http://reader.example:7474");

        await foreach (var _ in client.StreamAsync(Statement, CancellationToken.None))
        {
        }

        neo4j.Posts().Should().Equal("reader.example:7474 /db/data/transaction/commit");
        neo4j.AccessModes.Should().Equal("READ");
    }

    [Fact]
    public async Task without_a_read_uri_reads_go_to_the_main_uri()
    {
        var neo4j = new AnsweringNeo4j();
        using var client = Client(neo4j, readUri: null);

        await client.ReadAsync([Statement], CancellationToken.None);

        neo4j.Posts().Should().Equal("writer.example:7474 /db/data/transaction/commit");
    }

    [Fact]
    public async Task each_endpoint_is_discovered_at_its_own_address()
    {
        var neo4j = new AnsweringNeo4j();
        using var client = Client(neo4j, "http://reader.example:7474");

        await client.ReadAsync([Statement], CancellationToken.None);
        await client.RunAsync(Statement, WorkKind.RetrySafe, CancellationToken.None);

        neo4j.Requests.Where(r => r.StartsWith("GET", StringComparison.Ordinal)).Should().Equal(
            "GET reader.example:7474 /", "GET reader.example:7474 /db/data/", "GET writer.example:7474 /", "GET writer.example:7474 /db/data/");
    }

    [Fact]
    public async Task warming_up_discovers_both_endpoints_so_the_first_read_is_one_round_trip()
    {
        var neo4j = new AnsweringNeo4j();
        using var client = Client(neo4j, "http://reader.example:7474");

        await client.WarmUpAsync(CancellationToken.None);
        var before = client.RoundTrips.Total;
        await client.ReadAsync([Statement], CancellationToken.None);

        (client.RoundTrips.Total - before).Should().Be(1);
        neo4j.Requests.Should().Contain("GET reader.example:7474 /").And.Contain("GET writer.example:7474 /");
    }

    [Theory]
    [InlineData("bolt://reader:7687", "bolt://")]
    [InlineData("reader:7474", "must start with http://")]
    public void a_read_uri_that_is_not_an_http_address_is_refused_at_start(string readUri, string named)
    {
        var problems = Neo4jOptionsValidator.Check(new Neo4jOptions { Uri = "http://writer:7474", ReadUri = readUri }).ToList();

        problems.Should().ContainSingle().Which.Should().Contain("NEO4J_READ_URI").And.Contain(named);
    }

    private static Neo4jHttpClient Client(AnsweringNeo4j neo4j, string? readUri) =>
        new(new HttpClient(neo4j, disposeHandler: false), new HttpClient(neo4j, disposeHandler: false), Options.Create(new Neo4jOptions
        {
            Uri = "http://writer.example:7474",
            ReadUri = readUri,
            User = "neo4j",
            Password = "secret",
        }), NullLogger<Neo4jHttpClient>.Instance);

    /// <summary>Answers as Neo4j 3.x does at whatever address it is asked, and records which address each request went to.</summary>
    private sealed class AnsweringNeo4j : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        /// <summary>The <c>Access-Mode</c> header of each POST to a commit endpoint; null where there was none.</summary>
        public List<string?> AccessModes { get; } = [];

        public List<string> Posts() =>
            [.. Requests.Where(r => r.StartsWith("POST ", StringComparison.Ordinal)).Select(r => r["POST ".Length..])];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            lock (Requests)
            {
                Requests.Add($"{request.Method} {uri.Authority} {uri.AbsolutePath}");
                if (uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal))
                {
                    AccessModes.Add(request.Headers.TryGetValues("Access-Mode", out var modes) ? string.Join(",", modes) : null);
                }
            }

            return Task.FromResult((request.Method.Method, uri.AbsolutePath) switch
            {
                ("GET", "/") => Json(ScriptedNeo4j.Discovery3),
                ("GET", "/db/data/") => Json(ScriptedNeo4j.Data3),
                ("POST", "/db/data/transaction") => Opened(uri),
                _ => Json(ScriptedNeo4j.Ok),
            });
        }

        private static HttpResponseMessage Json(string json) =>
            new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        private static HttpResponseMessage Opened(Uri uri)
        {
            var response = Json("""{"results":[],"errors":[]}""");
            response.StatusCode = HttpStatusCode.Created;
            response.Headers.Location = new Uri(uri, "/db/data/transaction/7");
            return response;
        }
    }
}
