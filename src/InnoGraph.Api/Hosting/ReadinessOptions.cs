namespace InnoGraph.Api.Hosting;

/// <summary>How <c>/readyz</c> spends Neo4j requests, bound from <c>Api:Readiness</c>.</summary>
internal sealed class ReadinessOptions
{
    /// <summary>How long an answer of Neo4j is reused: a flood of probes costs at most one Neo4j request per interval.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests to <c>/readyz</c>, <c>/healthz</c> and <c>/metrics</c> per client address per minute.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}
