using System.Text;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Sends the cases family by family, a few at a time, each on a connection of its own (a server may
/// close a connection after a bad request; a reused one would then fail on the client's side). When
/// the HTTP client cannot deliver a request (the server answered early and closed, say), the same
/// bytes go over a bare socket so the server's answer is still seen. A family whose requests go
/// unanswered or run long stops sending (the rest is reported as not sent), so that a request that
/// never ends costs a bounded time instead of the whole family's.
/// </summary>
internal sealed class HostileRunner(Uri baseAddress, int concurrency, TimeSpan clientTimeout, TimeSpan slow)
{
    private const int UnansweredBeforeStop = 2;
    private const int SlowBeforeStop = 8;
    private const int MaxBodyBytes = 10 * 1024 * 1024; // above the API's result limit: a body is never cut

    public async Task<IReadOnlyList<CaseOutcome>> RunAsync(IEnumerable<IReadOnlyList<HostileCase>> families)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency * 2,
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromSeconds(30),
            MaxResponseHeadersLength = 1024,
        };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var outcomes = new List<CaseOutcome>();
        foreach (var family in families)
        {
            var unanswered = 0;
            var slowOnes = 0;
            var gate = new object();
            var results = new CaseOutcome?[family.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, family.Count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
            {
                var hostile = family[i];
                lock (gate)
                {
                    if (unanswered >= UnansweredBeforeStop || slowOnes >= SlowBeforeStop)
                    {
                        results[i] = new CaseOutcome(hostile, null, [("not sent", $"the family already had {unanswered} unanswered and {slowOnes} slow requests")]);
                        return;
                    }
                }

                var clock = System.Diagnostics.Stopwatch.StartNew();
                var response = await SendAsync(http, hostile.Request);
                var elapsed = clock.Elapsed;
                var violations = ResponseChecks.Check(hostile.Request, response).ToList();
                if (response.Answered && hostile.Expect?.Invoke(response) is { } unmet)
                {
                    violations.Add(("family requirement", unmet));
                }

                lock (gate)
                {
                    unanswered += violations.Any(v => v.Kind == "unanswered") ? 1 : 0;
                    slowOnes += elapsed > slow ? 1 : 0;
                }

                results[i] = new CaseOutcome(hostile, response, violations);
            });
            outcomes.AddRange(results.OfType<CaseOutcome>());
        }

        return outcomes;
    }

    private async Task<HostileResponse> SendAsync(HttpClient http, HostileRequest request)
    {
        using var timeout = new CancellationTokenSource(clientTimeout);
        try
        {
            if (request.Raw is not null)
            {
                return await RawHttp.SendAsync(baseAddress.Port, request.Raw, request.MayCloseSilently, timeout.Token);
            }

            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.PathAndQuery);
            message.Headers.ConnectionClose = true;
            if (request.Body is not null)
            {
                message.Content = new ByteArrayContent(request.Body);
                message.Content.Headers.ContentType = null;
                if (request.ContentType is not null)
                {
                    message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
                }
            }

            foreach (var (name, value) in request.Headers ?? [])
            {
                if (!message.Headers.TryAddWithoutValidation(name, value))
                {
                    message.Content ??= new ByteArrayContent([]);
                    message.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadBodyAsync(response.Content, timeout.Token);
            return new HostileResponse((int)response.StatusCode, body);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new HostileResponse(null, "", $"no answer within {clientTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e) when (!timeout.IsCancellationRequested)
        {
            return await FallBackAsync(request, e, timeout.Token);
        }
        catch (IOException e)
        {
            return new HostileResponse(null, "", $"the connection failed: {e.Message}");
        }
    }

    private async Task<HostileResponse> FallBackAsync(HostileRequest request, HttpRequestException failure, CancellationToken cancellationToken)
    {
        try
        {
            var raw = await RawHttp.SendAsync(baseAddress.Port, RawHttp.Serialize(request, baseAddress.Port), incomplete: false, cancellationToken);
            return raw.Answered ? raw : raw with { Failure = $"{raw.Failure} (and the HTTP client: {failure.Message})" };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new HostileResponse(null, "", $"no answer within {clientTimeout.TotalSeconds:0} s");
        }
        catch (IOException e)
        {
            return new HostileResponse(null, "", $"the connection failed: {failure.Message}; over a bare socket: {e.Message}");
        }
    }

    /// <summary>The start of the body is enough for the checks; a large result must not slow the run.</summary>
    private static async Task<string> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length < MaxBodyBytes)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
