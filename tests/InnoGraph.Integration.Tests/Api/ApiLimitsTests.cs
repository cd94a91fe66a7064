using System.Net;
using System.Text;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>With the default limits, ordinary requests are answered by Neo4j and bombs are refused before it.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiLimitsTests(SeededGraphFixture graph)
{
    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    [Fact]
    public async Task three_indicator_series_with_sources_are_answered()
    {
        var data = await Client.DataAsync("""
            {
              a: indicatorSeries(region: "region.jiaxing") { indicator { id name } region { name } points { year value unit status sources { locator kind document { id title } } } }
              b: indicatorSeries(region: "region.jiaxing.jiashan") { indicator { id name } region { name } points { year value unit status sources { locator kind document { id title } } } }
              c: indicatorSeries(region: "park.jiaxing.xiuzhou-high-tech-zone") { indicator { id name } region { name } points { year value unit status sources { locator kind document { id title } } } }
            }
            """);

        foreach (var key in new[] { "a", "b", "c" })
        {
            var series = data.GetProperty(key).EnumerateArray().ToList();
            series.Should().NotBeEmpty();
            series.SelectMany(s => s.GetProperty("points").EnumerateArray()).SelectMany(p => p.GetProperty("sources").EnumerateArray())
                .Should().Contain(s => s.GetProperty("locator").GetString()!.StartsWith("d001:"));
        }
    }

    [Fact]
    public async Task tasks_with_their_owners_at_first_100_are_answered()
    {
        var data = await Client.DataAsync("""
            {
              entities(kind: "Task", first: 100) {
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id name relations(direction: IN, types: ["RESPONSIBLE_FOR"]) { edges { role order node { id name } } } } }
              }
            }
            """);

        var tasks = data.GetProperty("entities").GetProperty("edges").EnumerateArray().ToList();
        tasks.Should().HaveCountGreaterThan(10);
        tasks.Should().Contain(t => t.GetProperty("node").GetProperty("relations").GetProperty("edges").GetArrayLength() > 0);
    }

    [Fact]
    public async Task the_standard_introspection_query_is_answered()
    {
        var data = await Client.DataAsync(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "InnoGraph.Api.Tests", "Fixtures", "introspection-query.graphql")));

        data.GetProperty("__schema").GetProperty("types").GetArrayLength().Should().BeGreaterThan(20);
    }

    [Fact]
    public async Task graphql_js_builds_a_client_schema_from_the_introspection_answer()
    {
        var (status, body) = await Client.SendAsync(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "InnoGraph.Api.Tests", "Fixtures", "introspection-query.graphql")));
        status.Should().Be(HttpStatusCode.OK);

        var schema = await NodeReaders.RunAsync("build-client-schema.mjs", body.GetRawText());

        schema.GetProperty("query").GetString().Should().Be("Query");
        schema.GetProperty("mutation").GetString().Should().Be("Mutation");
        schema.GetProperty("types").GetInt32().Should().BeGreaterThan(30);
        schema.GetProperty("directives").EnumerateArray().Select(d => d.GetString()).Should().Contain(["include", "skip", "deprecated"]);
    }

    [Fact]
    public async Task a_bureaus_tasks_with_their_owners_at_first_100_are_answered()
    {
        var data = await Client.DataAsync("""
            {
              bureauTasks(bureau: "市科技局") {
                role order
                task { id name relations(direction: IN, types: ["RESPONSIBLE_FOR"], first: 100) { edges { role order node { id name } } } }
              }
              taskOwners(task: "task.jx315.2-1") { role order unit { id name relations(first: 100) { totalCount } } }
            }
            """);

        data.GetProperty("bureauTasks").GetArrayLength().Should().BeGreaterThan(0);
        data.GetProperty("taskOwners").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task fifty_aliased_deep_neighbourhoods_are_refused_before_neo4j()
    {
        var query = new StringBuilder("{ ");
        for (var i = 0; i < 50; i++)
        {
            query.Append($$"""n{{i}}: neighbourhood(ids: ["region.jiaxing"], depth: 3, limit: 500) { nodes { id } } """);
        }

        var (status, body) = await Client.SendAsync(query.Append('}').ToString());

        status.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().BeOneOf("TOO_MANY_ALIASES", "TOO_MANY_ROOT_FIELDS", "QUERY_TOO_COSTLY");
    }

    [Fact]
    public async Task a_cursor_of_another_field_is_bad_cursor_on_neo4j_too()
    {
        var entities = await Client.DataAsync("""{ entities(kind: "Institute", first: 1) { pageInfo { endCursor } } }""");
        var cursor = entities.GetProperty("entities").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var (_, body) = await Client.SendAsync("""query($c: String) { entity(id: "region.jiaxing") { relations(after: $c) { edges { id } } } }""", new { c = cursor });

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_CURSOR");
    }
}
