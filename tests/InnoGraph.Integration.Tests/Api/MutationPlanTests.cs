using InnoGraph.Api.Mutations;
using InnoGraph.Domain.Model;
using InnoGraph.Graph.Reading;
using InnoGraph.Integration.Tests.Lookup;
using InnoGraph.Integration.Tests.Support;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>
/// The statements of a mutation and of a look-up by name find their entities by a seek of a unique index, planned with the
/// indexes' statistics stale (as right after a large load): a request costs the same on a graph of any size.
/// </summary>
[Collection(StaleStatisticsCollection.Name)]
public sealed class MutationPlanTests(StaleStatisticsGraphFixture graph)
{
    private static readonly FieldSelection Id = new("id", "id", new Dictionary<string, object?>(), []);

    private static readonly FieldSelection Edge = new("addRelation", "addRelation", new Dictionary<string, object?>(), [Id, new("node", "node", new Dictionary<string, object?>(), [Id])]);

    private GraphEntity Bureau => graph.Dataset.Entities.Single(e => e.Id == "gov.jiaxing.science-bureau");

    private GraphRelation Relation => graph.Dataset.Relations.First(r => r.Type == RelationType.ResponsibleFor);

    [Fact]
    public async Task an_upsert_and_its_check_seek_the_entity_its_name_keys_and_its_sources()
    {
        ShouldSeekWithoutScanning(await graph.PlanAsync(WriteStatements.UpsertEntityCheck(Bureau).Build()), "existing", "__src");
        ShouldSeekWithoutScanning(await graph.PlanAsync(WriteStatements.UpsertEntity(Bureau, "plan-test", "2026-01-01T00:00:00Z", [Id]).Build()), "existing", "n", "__src");
    }

    [Fact]
    public async Task adding_a_relation_and_its_check_seek_both_ends_and_its_sources()
    {
        var spec = RelationTypes.Of(Relation.Type);

        ShouldSeekWithoutScanning(await graph.PlanAsync(WriteStatements.AddRelationCheck(Relation, spec).Build()), "a", "b", "__src");
        ShouldSeekWithoutScanning(await graph.PlanAsync(WriteStatements.AddRelation(Relation, spec, "plan-test", "2026-01-01T00:00:00Z", Edge).Build()), "a", "b", "__src");
    }

    [Fact]
    public async Task removing_a_relation_seeks_its_ends()
    {
        var spec = RelationTypes.Of(Relation.Type);

        var plan = await graph.PlanAsync(WriteStatements.RemoveRelation(Relation.From, spec, Relation.To, Relation.Id).Build());

        ShouldSeekWithoutScanning(plan);
    }

    [Theory]
    [InlineData("gov.jiaxing.science-bureau")]
    [InlineData("市科技局")]
    [InlineData("嘉興市科學技術局")]
    public async Task a_look_up_by_id_or_name_seeks_its_candidates(string reference)
    {
        ShouldSeekWithoutScanning(await graph.PlanAsync(NameLookups.Statement(reference)));
    }

    private static void ShouldSeekWithoutScanning(IReadOnlyList<string> plan, params string[] variables) =>
        // The Document nodes (__d) are read only when the sources the API holds are not the graph's: after a load (ProvenanceSourcesTests).
        QueryPlans.ShouldSeekWithoutScanning(plan, "__d", variables);
}
