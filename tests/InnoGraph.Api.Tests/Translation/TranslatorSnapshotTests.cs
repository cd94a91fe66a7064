using System.Text.Json;
using InnoGraph.Api.Tests.Support;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Api.Tests.Translation;

/// <summary>The Cypher the translator generates, approved as files; no database needed.</summary>
public sealed class TranslatorSnapshotTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("search", """{ search(text: "清华", kinds: ["Institute"], first: 5) { id name ... on Institute { founded } } }""")]
    [InlineData("entity-nested-relations", """
        { entity(id: "inst.tsinghua-yangtze-delta") {
            id name aliases { name script } sources { locator kind document { id title } }
            relations(types: ["CO_BUILT_WITH"], direction: OUT, first: 2, orderBy: NAME) {
              totalCount pageInfo { hasNextPage endCursor }
              edges { cursor type role sources { locator } node { id name relations(first: 1) { edges { node { id } } } } }
            } } }
        """)]
    [InlineData("bureau-tasks", """{ bureauTasks(bureau: "市科技局") { role order task { id name } action { name } plan { id } } }""")]
    [InlineData("task-owners", """{ taskOwners(task: "task.jx315.1-1") { role order unit { id name } } }""")]
    [InlineData("collaboration-network", """{ collaborationNetwork(city: "嘉兴", depth: 2) { nodes { id kind label } edges { id source target type } } }""")]
    [InlineData("city-collaboration", """{ cityCollaboration(city: "嘉兴") { nodes { id } edges { source target weight via { id } } } }""")]
    [InlineData("responsibility-network", """{ responsibilityNetwork(plan: "plan.jx315") { nodes { id } edges { source target weight } } }""")]
    [InlineData("indicator-series", """{ indicatorSeries(region: "嘉兴市", indicator: "研发") { indicator { id } points { year value status } } }""")]
    [InlineData("neighbourhood", """{ neighbourhood(ids: ["region.jiaxing"], depth: 2, relationTypes: ["LOCATED_IN"], limit: 10) { nodes { id } edges { id sources { locator } } } }""")]
    [InlineData("entities", """{ entities(kind: "GovernmentBody", text: "科技", first: 3, after: "5bCPAWdvdi54") { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }""")]
    [InlineData("shortest-path", """{ shortestPath(from: "清华大学", to: "嘉兴市", maxLength: 4) { nodes { id } edges { type } } }""")]
    public void generated_cypher_matches_the_approved_snapshot(string name, string query)
    {
        var statement = Translate.Single(query);

        Snapshot.Match(Render(statement), "tests", "InnoGraph.Api.Tests", "Snapshots", name + ".cypher");
    }

    private static string Render(CypherStatement statement) =>
        statement.Text + "\n\n// parameters\n// " + JsonSerializer.Serialize(statement.Parameters, Json).Replace("\n", "\n// ", StringComparison.Ordinal);
}
