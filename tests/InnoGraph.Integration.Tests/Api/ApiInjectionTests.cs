using System.Net;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>Hostile text through every string argument finds nothing and changes nothing.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiInjectionTests(SeededGraphFixture graph)
{
    private static readonly string[] Attempts =
    [
        "x' }) MATCH (n) DETACH DELETE n //",
        "\") MATCH (n) DETACH DELETE n RETURN 1 //",
        "x` DETACH DELETE n //",
        "$p0",
        "'; CALL dbms.components() //",
        "*/ MATCH (n) SET n.name = 'pwned' /*",
    ];

    private static readonly string[] Queries =
    [
        """query($v: String!) { search(text: $v) { id } }""",
        """query($v: ID!) { entity(id: $v) { id } }""",
        """query($v: String!) { entity(id: "region.jiaxing") { relations(text: $v) { totalCount } } }""",
        """query($v: String!) { bureauTasks(bureau: $v) { role } }""",
        """query($v: String!) { taskOwners(task: $v) { role } }""",
        """query($v: String) { responsibilityNetwork(plan: $v) { nodes { id } } }""",
        """query($v: String!) { collaborationNetwork(city: $v) { nodes { id } } }""",
        """query($v: String) { cityCollaboration(city: $v) { nodes { id } } }""",
        """query($v: String!) { indicatorSeries(region: "region.jiaxing", indicator: $v) { points { year } } }""",
        """query($v: String!) { indicatorSeries(region: $v) { points { year } } }""",
        """query($v: ID!) { neighbourhood(ids: [$v]) { nodes { id } } }""",
        """query($v: String!) { shortestPath(from: $v, to: "region.jiaxing") { nodes { id } } }""",
        """query($v: String!) { shortestPath(from: "region.jiaxing", to: $v) { nodes { id } } }""",
        """query($v: String!) { entity(id: "region.jiaxing") { relations(types: [$v]) { totalCount } } }""",
        """query($v: String!) { entity(id: "region.jiaxing") { relations(kinds: [$v]) { totalCount } } }""",
        """query($v: String!) { search(text: "a", kinds: [$v]) { id } }""",
        """query($v: String!) { neighbourhood(ids: ["region.jiaxing"], relationTypes: [$v]) { nodes { id } } }""",
    ];

    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    [Fact]
    public async Task hostile_text_in_every_string_argument_leaves_the_graph_as_it_was()
    {
        var before = await SnapshotAsync();

        foreach (var query in Queries)
        {
            foreach (var attempt in Attempts)
            {
                var (status, body) = await Client.SendAsync(query, new { v = attempt });

                status.Should().Be(HttpStatusCode.OK, $"{query} with {attempt} should be answered, not fail");
                if (body.TryGetProperty("errors", out var errors))
                {
                    errors[0].GetProperty("extensions").GetProperty("code").GetString()
                        .Should().BeOneOf(["NOT_FOUND", "AMBIGUOUS", "INVALID_ARGUMENT"], $"{query} with {attempt}: {errors.GetRawText()}");
                }
            }
        }

        (await SnapshotAsync()).Should().Be(before);
    }

    private async Task<string> SnapshotAsync()
    {
        var rows = await graph.QueryAsync<Totals>(
            "MATCH (n) WITH count(n) AS nodes, sum(size(coalesce(n.name, ''))) AS names OPTIONAL MATCH ()-[r]->() RETURN nodes, names, count(r) AS relations");
        return rows[0].ToString();
    }

    public sealed record Totals(long Nodes, long Names, long Relations);
}
