using InnoGraph.Neo4j.Client;
using InnoGraph.Neo4j.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InnoGraph.Neo4j.Tests.Client;

internal static class ClientFactory
{
    public static Neo4jHttpClient Over(ScriptedNeo4j script, int maxRetries = 3) =>
        new(new HttpClient(script), Options.Create(new Neo4jOptions
        {
            Uri = "http://localhost:7474",
            User = "neo4j",
            Password = "secret",
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        }), NullLogger<Neo4jHttpClient>.Instance);
}
