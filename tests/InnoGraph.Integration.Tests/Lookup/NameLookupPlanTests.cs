using InnoGraph.Integration.Tests.Support;
using InnoGraph.Domain.Model;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Lookup;

/// <summary>Resolving a typed name costs an index look-up, whatever name it is: Neo4j's plan never scans the entities.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class NameLookupPlanTests(SeededGraphFixture graph)
{
    [Theory]
    [InlineData("gov.jiaxing.science-bureau")]
    [InlineData("嘉兴市科学技术局")]
    [InlineData("市科技局")]
    [InlineData("Jiaxing Municipal Science and Technology Bureau")]
    [InlineData("嘉興市科學技術局")]
    public async Task each_name_of_the_bureau_resolves_to_it_through_an_index_without_scanning_entities(string reference)
    {
        var candidates = await NameLookups.CandidatesAsync(graph, reference);
        var plan = await QueryPlans.OperatorsAsync(graph, NameLookups.Statement(reference));

        candidates.Should().Equal("gov.jiaxing.science-bureau");
        ShouldNotScan(plan);
    }

    [Fact]
    public async Task a_task_number_resolves_through_the_number_index_without_scanning_entities()
    {
        var plan = await QueryPlans.OperatorsAsync(graph, NameLookups.Statement("2.1", [EntityKind.Task], matchNumber: true));

        (await NameLookups.CandidatesAsync(graph, "2.1", [EntityKind.Task], matchNumber: true)).Should().ContainSingle();
        plan.Should().Contain(o => o.StartsWith("NodeIndexSeek", StringComparison.Ordinal));
        ShouldNotScan(plan);
    }

    [Fact]
    public async Task a_name_no_entity_has_finds_no_candidate()
    {
        (await NameLookups.CandidatesAsync(graph, "没有这个名字的机构")).Should().BeEmpty();
    }

    private static void ShouldNotScan(IReadOnlyList<string> plan)
    {
        plan.Should().NotBeEmpty();
        plan.Should().NotContain(o => QueryPlans.Scans(o), string.Join('\n', plan));
    }
}
