using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Neo4j.Http;

/// <summary>
/// Sends one HTTP request to Neo4j and turns every way it can fail into a Neo4j exception:
/// unreachable or 5xx becomes <see cref="Neo4jUnavailableException"/>, an error in the body
/// (Neo4j answers 200 even when a statement fails) becomes the exception for its code.
/// Each call is one round trip.
/// </summary>
internal sealed class Neo4jTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly RoundTripCounter _roundTrips;
    private readonly bool _readOnly;

    /// <remarks>
    /// A <paramref name="readOnly"/> transport marks its implicit transactions as reads (<c>Access-Mode: READ</c>, in the
    /// Query API <c>accessMode: Read</c>), so that a 4.4+ cluster with server-side routing sends them to a reader; older
    /// servers and single instances ignore the mark.
    /// </remarks>
    public Neo4jTransport(HttpClient http, Uri server, Neo4jOptions options, RoundTripCounter roundTrips, bool readOnly = false)
    {
        _http = http;
        _roundTrips = roundTrips;
        _readOnly = readOnly;
        Server = server;
        Credentials = new CredentialsSource(options, server);
        if (http.BaseAddress is null)
        {
            http.BaseAddress = server;
        }

        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline times out each attempt
    }

    public Uri Server { get; }

    /// <summary>The credentials sent with every request; the client invalidates them when the server was gone.</summary>
    public CredentialsSource Credentials { get; }

    public void Dispose() => _http.Dispose();

    public async Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseContentRead, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }

    public async Task<TransactionResponse> PostTransactionalAsync(string path, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(TransactionalRequest(path, statements), HttpCompletionOption.ResponseContentRead, cancellationToken);
        using var body = await ReadBodyAsync(response, cancellationToken);
        var parsed = ResponseParser.ParseTransactional(body.RootElement, response.Headers.Location);

        // Neo4j returns the results of the statements before the failing one with the error; they travel on the exception.
        ThrowOnErrors(parsed.Errors, parsed.Results);
        return parsed;
    }

    public async Task<TransactionResponse> PostQueryApiAsync(string path, CypherStatement statement, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = RequestBodies.QueryApi(statement, _readOnly) };
        using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        using var body = await ReadBodyAsync(response, cancellationToken);
        var parsed = ResponseParser.ParseQueryApi(body.RootElement);
        ThrowOnErrors(parsed.Errors);
        return parsed;
    }

    /// <summary>Posts one statement and hands back the open response for streaming; the caller disposes it.</summary>
    public Task<HttpResponseMessage> PostForStreamAsync(string path, CypherStatement statement, CancellationToken cancellationToken) =>
        SendAsync(TransactionalRequest(path, [statement]), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Delete, path), HttpCompletionOption.ResponseContentRead, cancellationToken);
        using var body = await ReadBodyAsync(response, cancellationToken);
        var errors = ResponseParser.ParseErrors(body.RootElement).Where(e => e.Code != Neo4jErrorCodes.TransactionNotFound).ToList();
        ThrowOnErrors(errors);
    }

    private HttpRequestMessage TransactionalRequest(string path, IReadOnlyList<CypherStatement> statements)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = RequestBodies.Transactional(statements) };
        if (_readOnly)
        {
            request.Headers.Add("Access-Mode", "READ");
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        _roundTrips.Increment();
        HttpResponseMessage response;
        try
        {
            request.Headers.Authorization = Credentials.Header();
            response = await _http.SendAsync(request, completion, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException(Server, e.HttpRequestError == HttpRequestError.ConnectionError ? "connection refused or lost" : e.Message, e);
        }
        catch (IOException e)
        {
            throw new Neo4jUnavailableException(Server, "the connection broke", e);
        }
        finally
        {
            request.Dispose();
        }

        if ((int)response.StatusCode >= 500)
        {
            var status = response.StatusCode;
            var outOfMemory = await NamesOutOfMemoryAsync(response, cancellationToken);
            response.Dispose();
            throw outOfMemory
                ? new Neo4jOutOfMemoryException(Neo4jErrorCodes.OutOfMemory, $"HTTP {(int)status} naming a java.lang.OutOfMemoryError")
                : new Neo4jUnavailableException(Server, $"HTTP {(int)status} {status}");
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            using var body = await ReadBodyAsync(response, cancellationToken);
            response.Dispose();
            var error = ResponseParser.ParseErrors(body.RootElement).FirstOrDefault()
                ?? new Neo4jError(Neo4jErrorCodes.Unauthorized, "No valid credentials.");
            throw new Neo4jAuthenticationException(error.Code, $"{error.Message} Check NEO4J_USER and NEO4J_PASSWORD.");
        }

        return response;
    }

    /// <summary>Whether a 5xx body names an OutOfMemoryError; a body that cannot be read says nothing.</summary>
    private static async Task<bool> NamesOutOfMemoryAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return Neo4jOutOfMemoryException.Names(body);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// The body, parsed once over the bytes as they arrived; the caller disposes it after copying out what it keeps
    /// (the parsers clone the values they return), so the body is not copied as a whole again.
    /// </summary>
    private static async Task<JsonDocument> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return JsonDocument.Parse("{}");
        }

        try
        {
            return JsonDocument.Parse(bytes.AsMemory());
        }
        catch (JsonException e)
        {
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"HTTP {(int)response.StatusCode} with a body that is not JSON: {Encoding.UTF8.GetString(bytes.AsSpan(0, Math.Min(bytes.Length, 200)))}", e);
        }
    }

    private static void ThrowOnErrors(IReadOnlyList<Neo4jError> errors, IReadOnlyList<CypherResult>? completed = null)
    {
        if (errors.Count > 0)
        {
            throw Neo4jException.FromError(errors[0].Code, errors[0].Message, errors[0].StackTrace).WithCompletedResults(completed ?? []);
        }
    }
}
