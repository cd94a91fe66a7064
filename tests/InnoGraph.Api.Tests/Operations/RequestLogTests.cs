using InnoGraph.Api.Tests.Support;

namespace InnoGraph.Api.Tests.Operations;

/// <summary>The one log line per request, and what it must never hold.</summary>
public sealed class RequestLogTests
{
    private const string RequestLineCategory = "InnoGraph.Api.Operations.RequestLogMiddleware";

    [Fact]
    public async Task a_request_writes_one_line_with_method_path_operation_status_and_round_trips()
    {
        await using var factory = new ApiFactory();
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs);
        var client = api.CreateClient();
        var before = logs.RequestTime.Count;

        await client.PostAsJsonAsync("/graphql", new { query = """query Find { search(text: "a") { id } }""", operationName = "Find" });

        var lines = logs.RequestTime.Skip(before).ToList();
        lines.Should().ContainSingle();
        lines[0].Category.Should().Be(RequestLineCategory);
        lines[0].Level.Should().Be(LogLevel.Information);
        lines[0].Message.Should().MatchRegex(@"^POST /graphql query Find answered 200 in \d+[.,]\d ms with 1 Neo4j round trip\(s\)$");
    }

    [Theory]
    [InlineData("Information")]
    [InlineData("Trace")]
    public async Task a_query_string_with_a_key_and_variables_is_never_logged(string aspNetCoreLevel)
    {
        await using var factory = new ApiFactory();
        factory.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = aspNetCoreLevel;
        factory.Settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = aspNetCoreLevel;
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "SECRET-HEADER-KEY-0123456789");
        var query = Uri.EscapeDataString("""query Q($t: String!) { search(text: $t) { id name } }""");
        var variables = Uri.EscapeDataString("""{"t":"SECRET-VARIABLE"}""");

        await client.GetAsync($"/graphql?query={query}&operationName=Q&variables={variables}&key=SECRET");
        await client.PostAsJsonAsync("/graphql?key=SECRET", new { query = """mutation { removeRelation(id: "SECRET|PART_OF|b") }""" });

        logs.Entries.Should().NotBeEmpty();
        logs.Entries.Should().NotContain(entry => entry.AllText.Contains("SECRET", StringComparison.Ordinal));
        logs.Entries.Should().NotContain(entry => entry.AllText.Contains("?query", StringComparison.Ordinal) || entry.AllText.Contains("key=", StringComparison.Ordinal));
        logs.Entries.Should().Contain(entry => entry.Category == RequestLineCategory && entry.Message.StartsWith("GET /graphql query Q answered 200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task asp_net_core_request_lines_stay_off_even_when_configured_at_information()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Logging:LogLevel:Default"] = "Information";
        factory.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Information";
        factory.Settings["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace";
        factory.Settings[$"Logging:{typeof(CapturingLoggerProvider).FullName}:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace";
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs);

        await api.CreateClient().GetAsync("/healthz?token=abc");

        logs.Entries.Should().NotContain(entry => entry.Category == "Microsoft.AspNetCore.Hosting.Diagnostics");
        logs.Entries.Should().ContainSingle(entry => entry.Category == RequestLineCategory).Which.Message.Should().StartWith("GET /healthz - - answered 200");
    }

    [Fact]
    public async Task at_the_default_level_a_request_writes_nothing_but_its_line()
    {
        await using var factory = new ApiFactory();
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs);
        var client = api.CreateClient();
        await client.GetAsync("/healthz");
        var before = logs.RequestTime.Count;

        await client.PostAsJsonAsync("/graphql", new { query = "{ catalogue { kinds { name } } }" });
        await client.GetAsync("/graphql/schema");
        await client.PostAsJsonAsync("/graphql", new { query = "{ nope }" });

        logs.RequestTime.Skip(before).Select(entry => entry.Category).Should().Equal(RequestLineCategory, RequestLineCategory, RequestLineCategory);
    }

    [Fact]
    public async Task a_hostile_operation_name_is_logged_on_one_line_and_truncated()
    {
        await using var factory = new ApiFactory();
        var logs = new CapturingLoggerProvider();
        await using var api = LoggedApi.Create(factory, logs);
        var client = api.CreateClient();
        var hostile = "Evil\r\n2026-01-01 info: forged line\u202e\u0000" + new string('x', 1000);

        await client.PostAsJsonAsync("/graphql", new { query = "query Evil { catalogue { kinds { name } } }", operationName = hostile });

        var line = logs.Entries.Single(entry => entry.Category == RequestLineCategory);
        line.Message.Should().NotContainAny("\r", "\n", "\u202e", "\u0000");
        line.Message.Should().Contain("Evil??2026-01-01 info: forged line??");
        line.Message.Length.Should().BeLessThan(300);
    }
}
