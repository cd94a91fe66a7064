using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>A plan argument takes the names people type for the plan, not only its id.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class PlanNameResolutionTests(SeededGraphFixture graph)
{
    private GraphQLTestClient Client { get; } = SharedApi.For(graph).GraphQL();

    [Theory]
    [InlineData("315")]
    [InlineData("315体系")]
    [InlineData("315 plan")]
    [InlineData("嘉兴市“315”科技创新体系建设工程推进方案")]
    public async Task the_responsibility_network_of_the_315_plan_is_found_by_its_short_names(string plan)
    {
        var byId = await EdgesAsync("plan.jx315");
        var byName = await EdgesAsync(plan);

        byId.Should().NotBeEmpty();
        byName.Should().Equal(byId);
    }

    private async Task<List<string>> EdgesAsync(string plan)
    {
        var data = await Client.DataAsync("query ($plan: String) { responsibilityNetwork(plan: $plan) { edges { source target weight } } }", new { plan });
        return data.GetProperty("responsibilityNetwork").GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("source").GetString()} {e.GetProperty("target").GetString()} {e.GetProperty("weight").GetDouble()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
