namespace InnoGraph.Neo4j.Client;

/// <summary>What discovery found: the server's version and the endpoint InnoGraph talks to.</summary>
/// <param name="Version">Neo4j's version string, e.g. <c>3.1.1</c> or <c>5.26.0</c>.</param>
/// <param name="Edition">community or enterprise, when the server says.</param>
/// <param name="Endpoint">The API in use.</param>
/// <param name="TransactionPath">The path that begins transactions (<c>/db/data/transaction</c>, <c>/db/neo4j/tx</c>).</param>
public sealed record ServerInfo(string Version, string? Edition, Neo4jEndpoint Endpoint, string TransactionPath)
{
    /// <summary>The major version number, e.g. 3 or 5.</summary>
    public int MajorVersion => int.TryParse(Version.Split('.')[0], out var major) ? major : 0;

    /// <summary>The schema dialect: <c>v3</c> for 3.x, <c>v5</c> for 4.x and later.</summary>
    public string SchemaDialect => MajorVersion <= 3 ? "v3" : "v5";
}
