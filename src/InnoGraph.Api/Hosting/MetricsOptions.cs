namespace InnoGraph.Api.Hosting;

/// <summary>Who may read <c>/metrics</c>, bound from <c>Api:Metrics</c>.</summary>
internal sealed class MetricsOptions
{
    /// <summary>Serve <c>/metrics</c> at all; when false the path answers 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Client networks (CIDR, separated by commas) that may read the metrics without a token; empty
    /// for none. One string rather than a list, because bound lists add to their defaults and the
    /// loopback default could then never be taken away. Loopback only by default:
    /// a local tool's metrics are for the machine it runs on. Behind a reverse proxy on the same host
    /// every client looks like loopback; set <see cref="BearerToken"/> and clear this list there.
    /// </summary>
    public string AllowedNetworks { get; set; } = "127.0.0.0/8, ::1/128";

    /// <summary>The networks of <see cref="AllowedNetworks"/>, unparsed.</summary>
    public IEnumerable<string> Networks() => AllowedNetworks.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>When set, <c>Authorization: Bearer TOKEN</c> is accepted from any address (Prometheus' <c>bearer_token</c>).</summary>
    public string? BearerToken { get; set; }
}
