using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace InnoGraph.Neo4j.Local;

/// <summary>Waits until Neo4j answers <c>GET /</c> and runs an authenticated <c>RETURN 1</c>.</summary>
internal static class ReadinessProbe
{
    private const string ReturnOne = """{"statements":[{"statement":"RETURN 1"}]}""";

    public static AuthenticationHeaderValue BasicAuth(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    public static async Task WaitAsync(
        Uri httpUri, string user, string password, int javaPid, InstanceLayout layout, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = httpUri, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (!UnixProcess.IsAlive(javaPid))
            {
                throw Failure($"Neo4j exited during startup (pid {javaPid}).", layout);
            }

            if (await TryQueryAsync(http, user, password, cancellationToken) is { } status)
            {
                if (status == HttpStatusCode.OK)
                {
                    return;
                }

                if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    throw Failure(
                        $"Neo4j at {httpUri} rejected the password kept in {PasswordFile.PathFor(layout.DataDirectory)}. " +
                        "The data directory's users were changed outside InnoGraph: restore that password, or delete the data " +
                        $"directory {layout.DataDirectory} to start afresh.",
                        layout);
                }
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw Failure(
                    $"Neo4j did not answer an authenticated query at {httpUri} within {timeout.TotalSeconds:0} s. " +
                    "On a slow or busy machine raise the start timeout; otherwise read the log below.",
                    layout);
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>The status of <c>RETURN 1</c>, or null while the server does not answer yet.</summary>
    private static async Task<HttpStatusCode?> TryQueryAsync(HttpClient http, string user, string password, CancellationToken cancellationToken)
    {
        try
        {
            using (var discovery = await http.GetAsync(new Uri("/", UriKind.Relative), cancellationToken))
            {
                if (!discovery.IsSuccessStatusCode)
                {
                    return null;
                }
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/db/data/transaction/commit")
            {
                Content = new StringContent(ReturnOne, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = BasicAuth(user, password);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return response.StatusCode;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return body.Contains("\"errors\":[]", StringComparison.Ordinal) ? HttpStatusCode.OK : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public static LocalNeo4jException Failure(string what, InstanceLayout layout)
    {
        var log = LogTail.Read(layout.ConsoleLog, 30);
        if (log.Contains("StoreLock", StringComparison.Ordinal) || log.Contains("Unable to obtain lock", StringComparison.Ordinal))
        {
            // Another Neo4j not started by this launcher holds the store: one line says it all, Neo4j's stack trace helps nobody.
            return DataDirectoryUsers.InUse(layout.DataDirectory, pid: null);
        }

        var hint = PortBindFailure.IsIn(log)
            ? "\nA port was taken by another program meanwhile: stop it and start again, or start on other ports (innograph neo4j start --port N)."
            : string.Empty;
        return new LocalNeo4jException(
            $"{what}{hint}\nLast lines of {layout.ConsoleLog}:\n{log}\nMore detail in {layout.DebugLog} while the instance exists.");
    }
}
