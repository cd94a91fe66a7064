using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;
using InnoGraph.Neo4j.Client;
using InnoGraph.Testing;

namespace InnoGraph.Integration.Tests.Api;

[Collection(SeededGraphCollection.Name)]
public sealed class OrderKeyTests(SeededGraphFixture graph)
{
    [Fact]
    public async Task order_keys_sort_as_the_64_bit_orders_do_with_missing_orders_last()
    {
        long?[] orders = [long.MaxValue, 3_000_000_000, null, -1, 0, long.MinValue, 9_007_199_254_740_993, 1, 9_007_199_254_740_992, -3_000_000_000, 10];
        var statement = CypherStatement.Of(
            $"UNWIND $rows AS row WITH {{order: row.order, at: row.at}} AS r RETURN r.at AS at, {OrderKeys.Cypher(new CypherVariable("r"))} AS key ORDER BY key",
            ("rows", orders.Select((order, at) => new Dictionary<string, object?> { ["order"] = order, ["at"] = at }).ToList()));

        var result = await graph.Cypher.RunAsync(statement, WorkKind.RetrySafe, CancellationToken.None);

        var sorted = result.Rows.Select(row => orders[row[0].GetInt32()]).ToList();
        sorted.Should().Equal(orders.Where(o => o is not null).OrderBy(o => o).Append(null));
        result.Rows.Select(row => row[1].GetString()!).Should().OnlyContain(key => OrderKeys.IsKey(key));
    }
}
