namespace InnoGraph.Api.Hosting;

/// <summary>Settings of the API, bound from the <c>Api</c> section.</summary>
internal sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>A single API key from the environment, e.g. <c>INNOGRAPH_API_KEY</c> in docker-compose.</summary>
    public const string SingleKeySetting = "INNOGRAPH_API_KEY";

    /// <summary>The name writes made with <see cref="SingleKeySetting"/> are recorded under.</summary>
    public const string SingleKeyName = "api-key";

    /// <summary>API keys for writes, by the name recorded as <c>updatedBy</c>. Never logged.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The header that carries an API key.</summary>
    public string KeyHeader { get; set; } = "X-Api-Key";

    public int MaxRequestBytes { get; set; } = 64 * 1024;

    public int MaxResultBytes { get; set; } = 8 * 1024 * 1024;

    public int MaxQueryDepth { get; set; } = 15;

    public int MaxComplexity { get; set; } = 20_000;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests per client address per minute.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Browser origins allowed to call the API (CORS), e.g. a visualisation front end; none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>The same failure (event and code) is logged at most once per interval, with the count of repeats left out; zero logs every one.</summary>
    public TimeSpan LogRepeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    public MetricsOptions Metrics { get; set; } = new();

    public ReadinessOptions Readiness { get; set; } = new();

    /// <summary>Show the generated Cypher, its timing and the round-trip count in <c>extensions</c>; on by default in Development.</summary>
    public bool? ShowCypher { get; set; }
}
