namespace InnoGraph.Neo4j.Configuration;

/// <summary>
/// How to reach Neo4j. Bound from the <c>Neo4j</c> configuration section and from the
/// environment variables <c>NEO4J_URI</c>, <c>NEO4J_READ_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP(S) address of Neo4j, e.g. <c>http://localhost:7474</c>.</summary>
    public string Uri { get; set; } = "";

    /// <summary>
    /// Where read-only work goes (<c>NEO4J_READ_URI</c>), e.g. a read replica or a cluster's routing address; empty
    /// sends everything to <see cref="Uri"/>. The same user, password and database are used there.
    /// </summary>
    public string? ReadUri { get; set; }

    /// <summary>The user; empty when authentication is off.</summary>
    public string? User { get; set; }

    /// <summary>The password. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// A file whose content is the password (<c>NEO4J_PASSWORD_FILE</c>), instead of <see cref="Password"/>. It is read on
    /// first use and read again whenever Neo4j was unreachable or refused the credentials, so a server restarted with a
    /// new password (the local Neo4j on a fresh data directory) is reached without restarting the client.
    /// </summary>
    public string? PasswordFile { get; set; }

    /// <summary>The database on 4.x and later; ignored by 3.x, which has one.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>How long one request may take before it is abandoned.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times retry-safe work is sent again after a transient failure.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the circuit stays open after repeated failures before a request is tried again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The parsed <see cref="Uri"/>; valid only after validation.</summary>
    public Uri ServerUri => new(Uri.TrimEnd('/') + "/");

    /// <summary>The parsed <see cref="ReadUri"/>, or null when reads go to <see cref="ServerUri"/>; valid only after validation.</summary>
    public Uri? ReadServerUri => string.IsNullOrWhiteSpace(ReadUri) ? null : new(ReadUri.TrimEnd('/') + "/");
}
