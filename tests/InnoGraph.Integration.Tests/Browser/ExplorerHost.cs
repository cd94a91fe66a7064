using InnoGraph.Api;
using InnoGraph.Testing;
using Microsoft.AspNetCore.Builder;

namespace InnoGraph.Integration.Tests.Browser;

/// <summary>
/// The API with the explorer on a real socket (a browser cannot reach an in-memory test server), on a port
/// the system picks, talking to the seeded Neo4j of the collection.
/// </summary>
internal sealed class ExplorerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ExplorerHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ExplorerHost> StartAsync(SeededGraphFixture graph)
    {
        var app = ApiApplication.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["NEO4J_URI"] = graph.HttpUri.ToString(),
            ["NEO4J_USER"] = graph.User,
            ["NEO4J_PASSWORD"] = graph.Password,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await app.StartAsync();
        return new ExplorerHost(app, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
