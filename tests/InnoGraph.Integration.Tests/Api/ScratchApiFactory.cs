using InnoGraph.Neo4j.Local;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// The API host on a local Neo4j of the test's own, configured as <c>innograph serve</c> configures it: the server's
/// address and its password file, which the client reads again after an outage.
/// </summary>
public sealed class ScratchApiFactory(LocalNeo4jServer server, IReadOnlyDictionary<string, string?>? extra = null) : WebApplicationFactory<InnoGraph.Api.ApiApplication>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("NEO4J_URI", server.HttpUri.ToString());
        builder.UseSetting("NEO4J_USER", server.User);
        builder.UseSetting("NEO4J_PASSWORD_FILE", server.PasswordFilePath);
        builder.UseSetting("Api:Keys:integration-tests", SeededApiFactory.Key);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public GraphQLTestClient GraphQL() => new(CreateClient());
}
