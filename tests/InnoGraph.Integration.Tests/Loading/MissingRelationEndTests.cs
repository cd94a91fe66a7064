using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Graph.Loading;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Errors;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Loading;

/// <summary>
/// A relation's ends are found by MERGE, so that the look-up is always a seek; an end the graph lacks is not created but fails
/// the load, which then writes nothing. Checked seeds never name a missing end; another writer can remove one during a load.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class MissingRelationEndTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task a_relation_to_an_entity_the_graph_lacks_fails_the_load_by_its_step_and_leaves_the_graph_as_it_was()
    {
        var known = graph.Dataset.Relations.First(r => r.Type == RelationType.LocatedIn);
        var dataset = new SeedDataset(
            [],
            [known with { Key = "missing-end-test" }, known with { To = "region.missing-end-test" }],
            "missing-end-test",
            FileCount: 1);
        var before = await GraphSnapshot.TakeAsync(graph.Cypher);

        var load = () => new SeedLoader(graph.Cypher).LoadAsync(dataset, progress: null, CancellationToken.None);

        (await load.Should().ThrowAsync<Neo4jException>())
            .Which.Message.Should().Contain("relations: LOCATED_IN").And.Contain("end is not in the graph").And.Contain("load again");
        (await GraphSnapshot.TakeAsync(graph.Cypher)).Should().Equal(before, "neither relation nor the missing end was written");
    }
}
