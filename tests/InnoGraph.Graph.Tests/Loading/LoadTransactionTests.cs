using InnoGraph.Graph.Loading;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Tests.Loading;

public sealed class LoadTransactionTests
{
    [Fact]
    public void steps_are_packed_in_order_into_transactions_of_at_most_the_given_rows_and_only_the_final_one_is_last()
    {
        var steps = new[] { 500, 500, 300, 500, 200, 500 }.Select((rows, i) => Step($"s{i}", rows));

        var transactions = LoadTransaction.Pack(steps, rowsPerTransaction: 1000).ToList();

        transactions.Select(t => string.Join(",", t.Steps.Select(s => s.Name))).Should().Equal("s0,s1", "s2,s3,s4", "s5");
        transactions.Select(t => t.Rows).Should().Equal(1000, 1000, 500);
        transactions.Select(t => t.Last).Should().Equal(false, false, true);
    }

    [Fact]
    public void a_step_larger_than_a_transaction_is_never_split_and_a_load_without_steps_still_has_its_last_transaction()
    {
        LoadTransaction.Pack([Step("big", 5000), Step("small", 10)], rowsPerTransaction: 1000)
            .Select(t => (t.Rows, t.Last)).Should().Equal((5000, false), (10, true));

        LoadTransaction.Pack([], rowsPerTransaction: 1000).Should().ContainSingle()
            .Which.Should().Match<LoadTransaction>(t => t.Last && t.Steps.Count == 0);
    }

    [Fact]
    public void steps_are_read_one_transaction_ahead_at_most()
    {
        var read = 0;
        IEnumerable<LoadStep> Steps()
        {
            for (var i = 0; i < 100; i++)
            {
                read++;
                yield return Step($"s{i}", 500);
            }
        }

        using var transactions = LoadTransaction.Pack(Steps(), rowsPerTransaction: 1000).GetEnumerator();
        transactions.MoveNext().Should().BeTrue();

        read.Should().Be(3, "the first transaction is complete once the step that does not fit is read");
    }

    private static LoadStep Step(string name, int rows) => new(name, new CypherStatement("RETURN 1"), rows);
}
