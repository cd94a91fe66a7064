using System.Text.Json;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Reading.Projection;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// Provenance names its documents from the sources the API holds for the graph's dataset version: a statement reads the
/// Document nodes only when that version is not the graph's, and a load that changes a document is what the next answer cites.
/// </summary>
[Collection(ScratchNeo4jCollection.Name)]
public sealed class ProvenanceSourcesTests(ScratchNeo4jFixture neo4j)
{
    private const string Institute = "inst.tsinghua-yangtze-delta";

    private static readonly SeedDataset Dataset = SeedCompiler.CompileDirectory(RepositoryPaths.Seeds).Dataset!;

    private static readonly string Cited = Dataset.Entities.Single(e => e.Id == Institute).Sources[0].Split(':')[0];

    [Fact]
    public async Task a_statement_reads_the_documents_only_when_the_version_it_is_sent_with_is_not_the_graphs()
    {
        await LoadAsync(Dataset);
        var documents = Dataset.Entities.Count(e => e.Kind == EntityKind.Document);
        var sources = new FieldSelection("sources", "sources", new Dictionary<string, object?>(), [new("locator", "locator", new Dictionary<string, object?>(), [])]);
        var statement = EntityQuery.Plan(Institute, new FieldSelection("entity", "entity", new Dictionary<string, object?>(), [sources])).Statement;

        var unheld = await SourcesAsync(Held(statement, null));
        var stale = await SourcesAsync(Held(statement, "an earlier version"));
        var current = await SourcesAsync(Held(statement, Dataset.Version));

        unheld.GetProperty("version").GetString().Should().Be(Dataset.Version);
        unheld.GetProperty("documents").GetArrayLength().Should().Be(documents);
        stale.GetProperty("documents").GetArrayLength().Should().Be(documents);
        current.GetProperty("version").ValueKind.Should().Be(JsonValueKind.Null);
        current.GetProperty("documents").GetArrayLength().Should().Be(0);
        (await DocumentRowsAsync(Held(statement, null))).Should().Be(documents);
        (await DocumentRowsAsync(Held(statement, Dataset.Version))).Should().Be(0, "the Document nodes are not read at all");
    }

    [Fact]
    public async Task each_answer_cites_its_documents_as_the_graph_holds_them_after_a_load_that_changes_one()
    {
        await LoadAsync(Dataset);
        await using var api = new ScratchApiFactory(neo4j.Server);
        var client = api.GraphQL();
        var title = (string)Dataset.Entities.Single(e => e.Id == Cited).Properties["title"];
        var revised = title + "(修订版)";

        (await CitedTitleAsync(client)).Should().Be(title);
        (await CitedTitleAsync(client)).Should().Be(title, "the sources held since the first answer are the graph's");
        await LoadAsync(Revised(revised));

        (await CitedTitleAsync(client)).Should().Be(revised);
        var listed = (await client.DataAsync("{ documents { id title } }")).GetProperty("documents").EnumerateArray();
        listed.Single(d => d.GetProperty("id").GetString() == Cited).GetProperty("title").GetString().Should().Be(revised);
    }

    private static SeedDataset Revised(string title) => Dataset with
    {
        Entities = [.. Dataset.Entities.Select(e => e.Id == Cited ? e with { Properties = new Dictionary<string, object>(e.Properties) { ["title"] = title } } : e)],
        Version = Dataset.Version + "-revised",
    };

    private async Task LoadAsync(SeedDataset dataset)
    {
        using var client = neo4j.NewClient();
        await new SeedLoader(client).LoadAsync(dataset, progress: null, CancellationToken.None);
    }

    private static async Task<string?> CitedTitleAsync(GraphQLTestClient client)
    {
        var entity = (await client.DataAsync($$"""{ entity(id: "{{Institute}}") { sources { locator kind document { id title } } } }""")).GetProperty("entity");
        var source = entity.GetProperty("sources").EnumerateArray().First(s => s.GetProperty("locator").GetString()!.StartsWith(Cited + ":", StringComparison.Ordinal));
        source.GetProperty("kind").GetString().Should().Be("DOCUMENT");
        return source.GetProperty("document").GetProperty("title").GetString();
    }

    private static CypherStatement Held(CypherStatement statement, string? version) =>
        statement with { Parameters = new Dictionary<string, object?>(statement.Parameters!) { [Provenance.HeldVersionParameter] = version } };

    private async Task<JsonElement> SourcesAsync(CypherStatement statement)
    {
        using var client = neo4j.NewClient();
        var result = await client.RunAsync(statement, WorkKind.RetrySafe, CancellationToken.None);
        return result.Value(0, Provenance.SourcesColumn).Clone();
    }

    private async Task<long> DocumentRowsAsync(CypherStatement statement)
    {
        var profile = await QueryPlans.ProfileAsync(neo4j.Server.HttpUri, neo4j.Server.User, neo4j.Server.Password, statement);
        return profile.Where(o => o.Operator.StartsWith("NodeByLabelScan", StringComparison.Ordinal) && o.Operator.Contains("\"__d\"", StringComparison.Ordinal)).Sum(o => o.Rows);
    }
}
