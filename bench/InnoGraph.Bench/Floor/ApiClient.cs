using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace InnoGraph.Bench.Floor;

/// <summary>GraphQL requests to the API over HTTP, and the API's own count of Neo4j round trips from <c>/metrics</c>.</summary>
public sealed class ApiClient(Uri api) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(30) }) { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>Sends the case's request and gives its answer's ids and relations. An error in the answer fails the benchmark.</summary>
    public async Task<Answer> AnswerAsync(QueryCase query, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("graphql", new { query = query.GraphQL, variables = query.Variables }, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{query.Name}: the API answered {(int)response.StatusCode}: {text[..Math.Min(400, text.Length)]}");
        }

        using var json = JsonDocument.Parse(text);
        if (json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"{query.Name}: {errors[0]}");
        }

        return Answer.OfGraphQL(json.RootElement.GetProperty("data"));
    }

    /// <summary>Sends the case's request and gives its time as this client saw it and the stage timings the API reported (<c>Api:ShowCypher</c>).</summary>
    public async Task<(double Total, IReadOnlyDictionary<string, double> Stages)> TimedAsync(QueryCase query, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await _http.PostAsJsonAsync("graphql", new { query = query.GraphQL, variables = query.Variables }, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var total = clock.Elapsed.TotalMilliseconds;
        using var json = JsonDocument.Parse(bytes);
        if (!response.IsSuccessStatusCode || (json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0))
        {
            throw new InvalidOperationException($"{query.Name}: the API answered {(int)response.StatusCode}: {json.RootElement}");
        }

        var stages = json.RootElement.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("timings", out var timings)
            ? timings.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal)
            : throw new InvalidOperationException("The API shows no stage timings: serve it with Api__ShowCypher=true.");
        return (total, stages);
    }

    /// <summary>Sends the case's request and gives its time as this client saw it; an error fails the benchmark.</summary>
    public async Task<double> TotalAsync(QueryCase query, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await _http.PostAsJsonAsync("graphql", new { query = query.GraphQL, variables = query.Variables }, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var total = clock.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{query.Name}: the API answered {(int)response.StatusCode}");
        }

        return total;
    }

    /// <summary>The API's <c>innograph_neo4j_round_trips_total</c>.</summary>
    public Task<double> RoundTripsAsync(CancellationToken cancellationToken) => MetricAsync("innograph_neo4j_round_trips_total", cancellationToken);

    /// <summary>The API's managed heap in bytes (<c>dotnet_total_memory_bytes</c>: live objects and garbage not yet collected).</summary>
    public Task<double> ManagedHeapAsync(CancellationToken cancellationToken) => MetricAsync("dotnet_total_memory_bytes", cancellationToken);

    private async Task<double> MetricAsync(string name, CancellationToken cancellationToken)
    {
        var text = await _http.GetStringAsync("metrics", cancellationToken);
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);
    }

    public async Task<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync("healthz", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();
}
