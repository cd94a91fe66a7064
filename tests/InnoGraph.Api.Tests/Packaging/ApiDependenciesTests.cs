using System.Text.Json;

namespace InnoGraph.Api.Tests.Packaging;

/// <summary>The API host ships the Neo4j client but not the local launcher, which only the innograph command and the tests use.</summary>
public sealed class ApiDependenciesTests
{
    [Fact]
    public void the_api_host_depends_on_the_neo4j_client_but_not_on_the_local_launcher()
    {
        // The host's own dependency manifest, copied beside the tests for WebApplicationFactory.
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "InnoGraph.Api.deps.json")));
        var projects = manifest.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "project")
            .Select(library => library.Name.Split('/')[0])
            .ToList();

        projects.Should().Contain("InnoGraph.Neo4j");
        projects.Should().NotContain("InnoGraph.Neo4j.Local");
    }
}
