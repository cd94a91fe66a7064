using InnoGraph.Domain.Model;
using InnoGraph.Graph.Loading;
using InnoGraph.Graph.Schema;
using InnoGraph.Integration.Tests.Support;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Integration.Tests.Loading;

/// <summary>
/// Every batch statement of a load finds each row's entity, and each key it links, by a seek of a unique index: Neo4j's
/// plan for it never scans a label or an index, so that a batch costs its rows whatever the graph's size. Planned with the
/// indexes' statistics stale, as a load at scale plans them: there 3.1 turned a hinted MATCH on the row's id into a scan of
/// the whole index for every row.
/// </summary>
[Collection(StaleStatisticsCollection.Name)]
public sealed class LoadPlanTests(StaleStatisticsGraphFixture graph)
{
    public static TheoryData<EntityKind> Kinds() => new(EntityKinds.All.Select(k => k.Kind));

    public static TheoryData<RelationType> Types() => new(RelationTypes.All.Select(t => t.Type));

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task upserting_entities_of_a_kind_seeks_each_row_and_each_key(EntityKind kind)
    {
        var rows = graph.Dataset.Entities.Where(e => e.Kind == kind).Take(2).ToList();

        var plan = await graph.PlanAsync(GraphStatements.UpsertEntities(kind, rows, "plan-test"));

        ShouldSeekWithoutScanning(plan, "e", "nameKey", "searchKey");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task upserting_relations_of_a_type_seeks_both_ends_of_each_row(RelationType type)
    {
        var rows = graph.Dataset.Relations.Where(r => r.Type == type).Take(2).ToList();

        var plan = await graph.PlanAsync(GraphStatements.UpsertRelations(type, rows, "plan-test"));

        ShouldSeekWithoutScanning(plan, "a", "b");
    }

    [Fact]
    public async Task storing_backfilled_keys_seeks_each_row_and_each_key()
    {
        var rows = new[] { new Dictionary<string, object?> { ["id"] = "univ.tsinghua", ["nameKeys"] = new[] { "清华大学" }, ["searchKeys"] = new[] { "清华" } } };

        var plan = await graph.PlanAsync(CypherStatement.Of(NameKeyBackfill.SetKeys, ("rows", rows)));

        ShouldSeekWithoutScanning(plan, "e", "nameKey", "searchKey");
    }

    private static void ShouldSeekWithoutScanning(IReadOnlyList<string> plan, params string[] variables) =>
        QueryPlans.ShouldSeekWithoutScanning(plan, null, variables);
}
