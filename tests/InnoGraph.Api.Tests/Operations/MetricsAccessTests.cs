using System.Net;
using InnoGraph.Api.Operations;
using InnoGraph.Api.Tests.Support;
using Prometheus;

namespace InnoGraph.Api.Tests.Operations;

/// <summary>Who may read /metrics, and labels that a client cannot multiply.</summary>
public sealed class MetricsAccessTests
{
    private const string Token = "metrics-token-0123456789";

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("::ffff:127.0.0.1", HttpStatusCode.OK)]
    [InlineData("203.0.113.7", HttpStatusCode.Forbidden)]
    [InlineData("10.1.2.3", HttpStatusCode.Forbidden)]
    public async Task metrics_are_served_to_loopback_only_by_default(string remote, HttpStatusCode expected)
    {
        await using var factory = new ApiFactory();

        var context = await GetMetricsAsync(factory, remote);

        context.Response.StatusCode.Should().Be((int)expected);
    }

    [Fact]
    public async Task configured_networks_replace_loopback()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:Metrics:AllowedNetworks"] = "10.0.0.0/8, 2001:db8::/32";

        (await GetMetricsAsync(factory, "10.1.2.3")).Response.StatusCode.Should().Be(StatusCodes.Status200OK);
        (await GetMetricsAsync(factory, "2001:db8::5")).Response.StatusCode.Should().Be(StatusCodes.Status200OK);
        (await GetMetricsAsync(factory, "127.0.0.1")).Response.StatusCode.Should().Be(StatusCodes.Status403Forbidden);
    }

    [Fact]
    public async Task the_bearer_token_opens_the_metrics_to_any_address_and_a_wrong_one_does_not()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:Metrics:BearerToken"] = Token;

        (await GetMetricsAsync(factory, "203.0.113.7", "Bearer " + Token)).Response.StatusCode.Should().Be(StatusCodes.Status200OK);
        (await GetMetricsAsync(factory, "203.0.113.7", "Bearer " + Token + "x")).Response.StatusCode.Should().Be(StatusCodes.Status403Forbidden);
    }

    [Fact]
    public async Task disabled_metrics_are_not_served()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:Metrics:Enabled"] = "false";

        (await factory.CreateClient().GetAsync("/metrics")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task a_malformed_network_stops_the_start_with_a_message()
    {
        await using var factory = new ApiFactory();
        factory.Settings["Api:Metrics:AllowedNetworks"] = "10.0.0.0/33";

        var start = () => factory.CreateClient();

        start.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>().WithMessage("*Api:Metrics:AllowedNetworks*10.0.0.0/33*");
    }

    [Fact]
    public async Task an_operation_name_never_becomes_a_metric_label()
    {
        await using var factory = new ApiFactory();
        var client = factory.CreateClient();

        await client.PostAsJsonAsync("/graphql", new { query = "query HostileLabel4711 { catalogue { kinds { name } } }", operationName = "HostileLabel4711" });
        var metrics = await client.GetStringAsync("/metrics");

        metrics.Should().Contain("innograph_graphql_requests_total{operation=\"query\"");
        metrics.Should().NotContain("HostileLabel4711");
    }

    [Fact]
    public async Task label_values_outside_the_known_sets_are_recorded_as_other()
    {
        new ApiMetrics().Record("Evil\"} 1\nfake_metric", "Not An Outcome!", TimeSpan.FromMilliseconds(1), 0);

        using var text = new MemoryStream();
        await Metrics.DefaultRegistry.CollectAndExportAsTextAsync(text);
        var exported = System.Text.Encoding.UTF8.GetString(text.ToArray());

        exported.Should().Contain("innograph_graphql_requests_total{operation=\"other\",outcome=\"other\"}");
        exported.Should().NotContain("fake_metric").And.NotContain("Not An Outcome");
    }

    private static Task<HttpContext> GetMetricsAsync(ApiFactory factory, string remote, string? authorization = null) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/metrics";
            context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            if (authorization is not null)
            {
                context.Request.Headers.Authorization = authorization;
            }
        });
}
