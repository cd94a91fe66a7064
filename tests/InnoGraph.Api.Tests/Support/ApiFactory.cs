using InnoGraph.Neo4j.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace InnoGraph.Api.Tests.Support;

/// <summary>The API host with a fake Neo4j client, for HTTP behaviour that needs no database.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-key-0123456789abcdef";

    internal FakeCypherClient Cypher { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["NEO4J_URI"] = "http://127.0.0.1:9",
        ["Api:Keys:tests"] = Key,
        ["Api:MaxRequestBytes"] = "4096",
        ["Api:MaxQueryDepth"] = "8",
        ["Api:CorsOrigins:0"] = "https://viz.example.org",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ICypherClient>(Cypher));
    }
}
