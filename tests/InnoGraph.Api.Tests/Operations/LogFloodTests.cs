using System.Net;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Neo4j.Errors;

namespace InnoGraph.Api.Tests.Operations;

/// <summary>Floods of the same failure write a few lines, not one per request; stack traces only at Debug.</summary>
public sealed class LogFloodTests
{
    private static readonly object Query = new { query = "{ search(text: \"a\") { id } }" };

    [Fact]
    public async Task a_thousand_rate_limited_requests_write_a_bounded_number_of_lines()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:RequestsPerMinute"] = "1";
        var logs = new CapturingLoggerProvider();
        var clock = new ManualClock();
        await using var api = LoggedApi.Create(factory, logs, clock);
        var client = api.CreateClient();
        await client.GetAsync("/healthz");
        var before = logs.RequestTime.Count;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 1000; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/graphql", Query)).StatusCode);
        }

        // The rate limiter's window is real time; however long the loop takes, the log clock stands still.
        var answered = statuses.Count(s => s == HttpStatusCode.OK);
        statuses.Count(s => s == HttpStatusCode.TooManyRequests).Should().BeGreaterThan(900);
        var lines = logs.RequestTime.Skip(before).ToList();
        lines.Should().HaveCount(answered + 1, "a line for each answered request and one for the first 429 of the interval");
        lines.Should().ContainSingle(entry => entry.Message.Contains("answered 429", StringComparison.Ordinal))
            .Which.Level.Should().Be(LogLevel.Warning);
    }

    [Fact]
    public async Task the_next_line_after_the_interval_says_how_many_repeats_were_left_out()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:RequestsPerMinute"] = "1";
        factory.Settings["Api:LogRepeatInterval"] = "00:00:10";
        var logs = new CapturingLoggerProvider();
        var clock = new ManualClock();
        await using var api = LoggedApi.Create(factory, logs, clock);
        var client = api.CreateClient();
        for (var i = 0; i < 11; i++)
        {
            await client.PostAsJsonAsync("/graphql", Query);
        }

        clock.Advance(TimeSpan.FromSeconds(11));
        await client.PostAsJsonAsync("/graphql", Query);

        var limited = logs.Entries.Where(entry => entry.Message.Contains("answered 429", StringComparison.Ordinal)).ToList();
        limited.Should().HaveCount(2);
        limited[1].Message.Should().EndWith("(9 more like this in the last 10 s not logged)");
        limited[1].Values.Should().Contain("Suppressed=9");
    }

    [Fact]
    public async Task a_flood_of_503s_writes_a_bounded_number_of_lines_without_stack_traces()
    {
        await using var factory = new ApiFactory();
        factory.Cypher.Failure = new Neo4jUnavailableException(new Uri("http://127.0.0.1:9"), "connection refused", new HttpRequestException("refused"));
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs, new ManualClock());
        var client = api.CreateClient();
        await client.GetAsync("/healthz");
        var before = logs.RequestTime.Count;

        for (var i = 0; i < 200; i++)
        {
            (await client.PostAsJsonAsync("/graphql", Query)).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }

        var lines = logs.RequestTime.Skip(before).ToList();
        lines.Should().HaveCount(2, "one line saying why and one request line, each once per interval");
        lines.Should().Contain(entry => entry.EventId == 4002 && entry.Message.StartsWith("SERVICE_UNAVAILABLE: Neo4j is unavailable (connection refused)", StringComparison.Ordinal));
        lines.Should().Contain(entry => entry.Message.Contains("answered 503", StringComparison.Ordinal));
        lines.Should().OnlyContain(entry => entry.Exception == null);
    }

    [Fact]
    public async Task the_exception_of_a_failure_is_logged_at_debug_level_only()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Logging:LogLevel:InnoGraph"] = "Debug";
        factory.Cypher.Failure = new Neo4jUnavailableException(new Uri("http://127.0.0.1:9"), "connection refused", new HttpRequestException("refused"));
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs, new ManualClock());

        await api.CreateClient().PostAsJsonAsync("/graphql", Query);

        logs.Entries.Where(entry => entry.Exception is not null).Should().NotBeEmpty()
            .And.OnlyContain(entry => entry.Level == LogLevel.Debug);
    }

    [Fact]
    public async Task an_exception_that_escapes_an_endpoint_is_a_500_with_a_body_and_one_line()
    {
        await using var factory = new ApiFactory();
        factory.Cypher.Failure = new InvalidOperationException("a bug at /home/user/src/File.cs");
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs, new ManualClock());

        var response = await api.CreateClient().GetAsync("/readyz");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("INTERNAL_ERROR").And.NotContain("File.cs").And.NotContain("InvalidOperationException");
        var failure = logs.Entries.Should().ContainSingle(entry => entry.EventId == 4008).Subject;
        failure.Level.Should().Be(LogLevel.Error);
        failure.Message.Should().Contain("InvalidOperationException").And.NotContain("File.cs");
        logs.Entries.Should().OnlyContain(entry => entry.Exception == null);
    }

    [Fact]
    public async Task a_request_the_server_cannot_read_keeps_its_client_error_status()
    {
        await using var factory = new ApiFactory();
        // Stands in for Kestrel refusing a body above its limit while an endpoint reads it.
        factory.Cypher.Failure = new Microsoft.AspNetCore.Http.BadHttpRequestException("Request body too large.", 413);
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs, new ManualClock());

        var response = await api.CreateClient().GetAsync("/readyz");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("REQUEST_TOO_LARGE");
        logs.Entries.Should().NotContain(entry => entry.Level >= LogLevel.Error);
    }
}
