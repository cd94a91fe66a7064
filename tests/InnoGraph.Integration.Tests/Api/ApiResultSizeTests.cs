using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

/// <summary>An answer larger than the configured limit is refused with advice, not sent.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ApiResultSizeTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task an_answer_above_the_result_size_limit_gets_result_too_large_and_small_ones_still_pass()
    {
        await using var factory = new SeededApiFactory(graph, extra: new Dictionary<string, string?> { ["Api:MaxResultBytes"] = "4096" });
        var client = factory.GraphQL();

        var (_, big) = await client.SendAsync("""{ neighbourhood(ids: ["region.jiaxing"], depth: 2, limit: 300) { nodes { id properties } } }""");
        var small = await client.DataAsync("""{ entity(id: "region.jiaxing") { name } }""");

        big.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("RESULT_TOO_LARGE");
        big.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("limit");
        small.GetProperty("entity").GetProperty("name").GetString().Should().Be("嘉兴市");
    }
}
