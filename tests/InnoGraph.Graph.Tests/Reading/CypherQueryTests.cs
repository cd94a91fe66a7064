using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Graph.Tests.Reading;

public sealed class CypherQueryTests
{
    [Fact]
    public void every_value_becomes_a_numbered_parameter()
    {
        var query = new CypherQuery();

        var first = query.Param("嘉兴");
        var second = query.Param(3);
        var statement = query.Line($"MATCH (n {{name: {first}}}) RETURN n LIMIT {second}").Build();

        statement.Text.Should().Be("MATCH (n {name: $p0}) RETURN n LIMIT $p1");
        statement.Parameters.Should().Equal(new Dictionary<string, object?> { ["p0"] = "嘉兴", ["p1"] = 3 });
    }

    [Fact]
    public void fresh_names_never_repeat_within_a_statement()
    {
        var query = new CypherQuery();

        var names = Enumerable.Range(0, 3).Select(_ => query.Fresh("m")).Concat([query.Fresh("r")]).Select(v => v.Name).ToList();

        names.Should().Equal("m1", "m2", "m3", "r1");
    }

    [Fact]
    public void a_named_variable_keeps_its_name_only_while_it_is_free()
    {
        var query = new CypherQuery();

        var names = new[] { query.Variable("n"), query.Variable("n"), query.Fresh("n"), query.Variable("n1") }.Select(v => v.Name).ToList();

        names.Should().Equal("n", "n1", "n2", "n11");
    }

    [Fact]
    public void with_passes_on_the_carried_variables_first()
    {
        var query = new CypherQuery();
        query.Carry(query.Variable("docs"));
        query.Carry(query.Fresh("ref"));

        var text = query.With("n, count(m) AS c", "ORDER BY c").Build().Text;

        text.Should().Be("WITH docs, ref1, n, count(m) AS c ORDER BY c");
    }

    [Fact]
    public void an_on_demand_variable_is_bound_and_carried_only_when_the_statement_uses_it()
    {
        static CypherQuery Statement(bool use)
        {
            var query = new CypherQuery();
            query.BindOnDemand(query.Variable("docs"), "OPTIONAL MATCH (d:Document)", "WITH collect(d) AS docs");
            query.Line("MATCH (n:Entity)");
            query.With("n");
            return query.Return(use ? $"size({query.Use("docs")})" : "n.id");
        }

        Statement(use: false).Build().Text.Should().Be(
            "MATCH (n:Entity)\nWITH n\nRETURN n.id AS data, [] AS __refs");
        Statement(use: true).Build().Text.Should().Be(
            "OPTIONAL MATCH (d:Document)\nWITH collect(d) AS docs\nMATCH (n:Entity)\nWITH docs, n\nRETURN size(docs) AS data, [] AS __refs");
    }

    [Fact]
    public void an_on_demand_variable_to_be_returned_is_a_column_of_its_own_only_when_the_statement_uses_it()
    {
        static CypherQuery Statement(bool use)
        {
            var query = new CypherQuery();
            var docs = query.Variable("docs");
            query.BindOnDemand(docs, "OPTIONAL MATCH (d:Document)", "WITH collect(d) AS docs");
            query.ReturnWhenUsed(docs);
            return query.Return(use ? $"size({query.Use("docs")})" : "1");
        }

        Statement(use: false).Build().Text.Should().Be("RETURN 1 AS data, [] AS __refs");
        Statement(use: true).Build().Text.Should().Be("OPTIONAL MATCH (d:Document)\nWITH collect(d) AS docs\nRETURN size(docs) AS data, [] AS __refs, docs");
    }

    [Fact]
    public void the_return_lists_the_candidates_of_every_resolved_argument()
    {
        var query = new CypherQuery();
        query.References.Add(("bureau", query.Fresh("narrowed")));

        var text = query.Return("data").Build().Text;

        text.Should().Be("RETURN data AS data, [{argument: 'bureau', ids: [c IN narrowed1 | c.id]}] AS __refs");
    }

    [Fact]
    public void a_cursor_round_trips_and_hides_its_key()
    {
        var key = "浙江清华长三角研究院\u0001inst.x|CO_BUILT_WITH|univ.y\u0001OUT";

        var cursor = Cursor.Encode(key);

        cursor.Should().NotContain("CO_BUILT_WITH").And.MatchRegex("^[A-Za-z0-9_-]+$");
        Cursor.Decode(cursor).Should().Be(key);
    }
}
