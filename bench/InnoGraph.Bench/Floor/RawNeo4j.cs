using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InnoGraph.Bench.Infrastructure;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// Hand-written Cypher sent straight to Neo4j's transactional HTTP endpoint, one auto-commit request
/// per statement: no client library in between, so it is the floor a request through the API is
/// measured against.
/// </summary>
public sealed class RawNeo4j : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _commit;

    public RawNeo4j(Uri server, string user, string password, string version)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(30) }) { Timeout = TimeSpan.FromMinutes(5) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _commit = new Uri(server, version.StartsWith("3.", StringComparison.Ordinal) ? "db/data/transaction/commit" : "db/neo4j/tx/commit");
    }

    /// <summary>Runs the floor file <paramref name="name"/> and gives its answer's ids and relations (<see cref="Answer.OfRows"/>).</summary>
    public async Task<Answer> AnswerAsync(string name, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var body = new { statements = new[] { new { statement = BenchCypher.Get($"floor/{name}.cypher"), parameters } } };
        using var response = await _http.PostAsJsonAsync(_commit, body, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        if (json.RootElement.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"floor/{name}.cypher failed: {errors[0]}");
        }

        return Answer.OfRows(json.RootElement.GetProperty("results")[0]);
    }

    public void Dispose() => _http.Dispose();
}
