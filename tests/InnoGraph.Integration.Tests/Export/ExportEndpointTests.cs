using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using InnoGraph.Integration.Tests.Api;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Export;

/// <summary><c>GET /export/...</c> on the seeded graph, read back by graphology, Cytoscape.js and an RFC 4180 reader, against what GraphQL answers for the same view.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ExportEndpointTests(SeededGraphFixture graph)
{
    private const string Collaboration = "view=collaboration&city=嘉兴市";

    private readonly SeededApiFactory _api = SharedApi.For(graph);

    private GraphQLTestClient Client => _api.GraphQL();

    [Theory]
    [InlineData("graph.gexf", "gexf")]
    [InlineData("graph.graphml", "graphml")]
    [InlineData("graph.json", "cyjs")]
    public async Task a_citys_collaboration_network_exports_what_graphql_answers(string file, string reader)
    {
        var answer = await Client.DataAsync("""{ collaborationNetwork(city: "嘉兴市") { nodes { id label } edges { id } } }""");
        var network = answer.GetProperty("collaborationNetwork");

        var bytes = await GetAsync($"/export/{file}?{Collaboration}");
        var parsed = await ExportFiles.ReadAsync(reader, bytes);

        ExportFiles.StartsWithBom(bytes).Should().BeFalse();
        parsed.NodeIds.Should().BeEquivalentTo(network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        parsed.EdgeIds.Should().BeEquivalentTo(network.GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        parsed.ShouldHaveNoDanglingEdges();
        parsed.Nodes.Select(n => n.GetProperty("label").GetString()).Should().Contain(network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()).First(l => l!.Contains('嘉')));
        parsed.Nodes.Should().AllSatisfy(n => n.GetProperty("kind").GetString().Should().NotBeNullOrEmpty());
    }

    [Theory]
    [InlineData("view=cities", "cityCollaboration { nodes { id } edges { id } }", "cityCollaboration")]
    [InlineData("view=responsibility", "responsibilityNetwork { nodes { id } edges { id } }", "responsibilityNetwork")]
    [InlineData("view=neighbourhood&ids=region.jiaxing&depth=2", """neighbourhood(ids: ["region.jiaxing"], depth: 2) { nodes { id } edges { id } }""", "neighbourhood")]
    [InlineData("view=path&from=region.jiaxing&to=region.shaoxing", """shortestPath(from: "region.jiaxing", to: "region.shaoxing") { nodes { id } edges { id } }""", "shortestPath")]
    public async Task every_view_exports_what_graphql_answers(string query, string field, string key)
    {
        var answer = (await Client.DataAsync($"{{ {field} }}")).GetProperty(key);

        var parsed = await ExportFiles.ReadAsync("gexf", await GetAsync($"/export/graph.gexf?{query}"));

        parsed.NodeIds.Should().BeEquivalentTo(answer.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        parsed.EdgeIds.Should().BeEquivalentTo(answer.GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        parsed.NodeIds.Should().NotBeEmpty();
        parsed.ShouldHaveNoDanglingEdges();
    }

    [Fact]
    public async Task the_whole_graph_exports_every_entity_and_relation()
    {
        var entities = (await graph.QueryAsync<long>("MATCH (n:Entity) RETURN count(n)")).Single();
        var relations = (await graph.QueryAsync<long>("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).Single();

        foreach (var (file, reader) in new[] { ("graph.gexf", "gexf"), ("graph.graphml", "graphml"), ("graph.json", "cyjs") })
        {
            var parsed = await ExportFiles.ReadAsync(reader, await GetAsync($"/export/{file}"));

            parsed.Nodes.Should().HaveCount((int)entities, file);
            parsed.Edges.Should().HaveCount((int)relations, file);
            parsed.ShouldHaveNoDanglingEdges();
        }
    }

    [Fact]
    public async Task gexf_declares_its_attributes_and_carries_provenance()
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(await GetAsync($"/export/graph.gexf?{Collaboration}")));
        XNamespace gexf = "http://gexf.net/1.3";

        document.Root!.Name.Should().Be(gexf + "gexf");
        document.Root.Attribute("version")!.Value.Should().Be("1.3");
        var declared = document.Descendants(gexf + "attributes").ToDictionary(a => a.Attribute("class")!.Value, a => a.Elements(gexf + "attribute").Select(x => x.Attribute("title")!.Value).ToList());
        declared["node"].Should().Contain(["kind", "name", "nameEn", "aliases", "sources"]);
        declared["edge"].Should().Contain(["type", "weight", "sources"]);
        document.Descendants(gexf + "attvalue").Where(v => v.Attribute("for")!.Value == "sources").Select(v => v.Attribute("value")!.Value)
            .Should().Contain(v => v.StartsWith("d00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task csv_tables_have_gephis_columns_and_rfc_4180_quoting()
    {
        var answer = (await Client.DataAsync("""{ collaborationNetwork(city: "嘉兴市") { nodes { id } edges { id } } }""")).GetProperty("collaborationNetwork");

        var nodesBytes = await GetAsync($"/export/nodes.csv?{Collaboration}");
        var nodes = ExportFiles.Csv(Encoding.UTF8.GetString(nodesBytes));
        var edges = ExportFiles.Csv(Encoding.UTF8.GetString(await GetAsync($"/export/edges.csv?{Collaboration}")));

        ExportFiles.StartsWithBom(nodesBytes).Should().BeFalse();
        nodes[0].Take(3).Should().Equal("Id", "Label", "Kind");
        edges[0].Take(5).Should().Equal("Source", "Target", "Type", "Id", "Weight");
        nodes.Should().AllSatisfy(r => r.Should().HaveCount(nodes[0].Count));
        edges.Should().AllSatisfy(r => r.Should().HaveCount(edges[0].Count));
        nodes.Skip(1).Select(r => r[0]).Should().BeEquivalentTo(answer.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        edges.Skip(1).Select(r => r[3]).Should().BeEquivalentTo(answer.GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        nodes.Skip(1).Select(r => r[1]).Should().Contain(l => l.Contains('嘉'));
        // The properties column is JSON: it holds commas and quotes, so it is quoted and reads back whole.
        nodes.Skip(1).Select(r => r[^1]).Should().AllSatisfy(p => JsonDocument.Parse(p).RootElement.ValueKind.Should().Be(JsonValueKind.Object));
    }

    [Theory]
    [InlineData("/export/graph.gexf?view=collaboration&city=不存在的城市", HttpStatusCode.NotFound, "city")]
    [InlineData("/export/graph.json?view=responsibility&plan=no-such-plan", HttpStatusCode.NotFound, "plan")]
    [InlineData("/export/graph.graphml?view=neighbourhood&ids=no.such.entity", HttpStatusCode.NotFound, "ids")]
    [InlineData("/export/nodes.csv?view=path&from=region.jiaxing&to=nowhere", HttpStatusCode.NotFound, "to")]
    [InlineData("/export/graph.gexf?view=collaboration", HttpStatusCode.BadRequest, "city")]
    [InlineData("/export/graph.gexf?view=everything", HttpStatusCode.BadRequest, "view")]
    [InlineData("/export/graph.gexf?view=neighbourhood&ids=region.jiaxing&depth=9", HttpStatusCode.BadRequest, null)]
    public async Task a_bad_or_unknown_argument_is_a_4xx_naming_it_never_an_empty_file(string path, HttpStatusCode status, string? argument)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(status, body);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var error = JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        if (argument is not null)
        {
            error.GetProperty("extensions").GetProperty("argument").GetString().Should().Be(argument);
            error.GetProperty("message").GetString().Should().Contain($"'{argument}'");
        }
    }

    [Fact]
    public async Task an_unknown_format_is_a_400_naming_the_files()
    {
        using var response = await Client.GetAsync("/export/graph.dot");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.Should().Contain("graph.gexf").And.Contain("graph.graphml").And.Contain("graph.json").And.Contain("nodes.csv").And.Contain("edges.csv");
    }

    [Fact]
    public async Task control_characters_never_reach_the_xml()
    {
        var bytes = await GetAsync("/export/graph.graphml");

        bytes.Should().NotContain(b => b < 0x20 && b != '\t' && b != '\n' && b != '\r');
        XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Name.LocalName.Should().Be("graphml");
    }

    private async Task<byte[]> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        return bytes;
    }
}
