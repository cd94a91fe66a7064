using InnoGraph.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>The API host talking to the seeded Neo4j of the collection (or to another address).</summary>
public sealed class SeededApiFactory(SeededGraphFixture graph, Uri? neo4jUri = null, IReadOnlyDictionary<string, string?>? extra = null) : WebApplicationFactory<InnoGraph.Api.ApiApplication>
{
    public const string Key = "integration-key-0123456789";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("NEO4J_URI", (neo4jUri ?? graph.HttpUri).ToString());
        builder.UseSetting("NEO4J_USER", graph.User);
        builder.UseSetting("NEO4J_PASSWORD", graph.Password);
        builder.UseSetting("Api:Keys:integration-tests", Key);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public GraphQLTestClient GraphQL() => new(CreateClient());
}
