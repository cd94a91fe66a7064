using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Tests.Cypher;

public sealed class CypherFilesTests
{
    [Fact]
    public void a_placeholder_is_filled_in_the_statement_and_the_comments_that_name_it_are_dropped()
    {
        var statement = CypherFiles.Fill("load/upsert-relations.cypher", ("Type", "LOCATED_IN"), ("EndsFound", "[1]"));

        statement.Should().Contain("MERGE (a)-[r:LOCATED_IN {id: row.props.id}]->(b)");
        statement.Should().NotContain("{{").And.NotContain("//");
    }

    [Fact]
    public void a_multi_line_fragment_lands_only_where_the_statement_asks_for_it()
    {
        var fragment = "FOREACH (x IN [] | SET created.a = 1)\nFOREACH (y IN [] | SET created.b = 2)";

        var statement = CypherFiles.Fill(
            "load/upsert-entities.cypher",
            ("KindLabels", ":Institute:University"),
            ("Label", "Institute"),
            ("LinkNameKeys", fragment),
            ("RefreshNameKeys", "FOREACH (z IN [] | SET e.c = 3)"));

        statement.Split(fragment).Should().HaveCount(2, "the fragment goes in once, where the statement names it, not into a comment");
        statement.Should().Contain("SET e:Institute").And.Contain("REMOVE e:Institute:University");
    }

    [Fact]
    public void a_placeholder_left_unfilled_is_refused_by_name()
    {
        var fill = () => CypherFiles.Fill("load/upsert-relations.cypher", ("Type", "LOCATED_IN"));

        fill.Should().Throw<InvalidOperationException>().WithMessage("*load/upsert-relations.cypher*{{EndsFound}}*");
    }

    [Fact]
    public void a_fragment_for_a_placeholder_the_file_lacks_is_refused_by_name()
    {
        var fill = () => CypherFiles.Fill("load/upsert-relations.cypher", ("Type", "LOCATED_IN"), ("EndsFound", "[1]"), ("Label", "Institute"));

        fill.Should().Throw<InvalidOperationException>().WithMessage("*load/upsert-relations.cypher*{{Label}}*");
    }
}
