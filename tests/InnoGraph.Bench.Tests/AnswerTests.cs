using System.Text.Json;
using InnoGraph.Bench.Floor;

namespace InnoGraph.Bench.Tests;

public sealed class AnswerTests
{
    private const string ListRows = """{"columns":["id","name"],"data":[{"row":["task.b","B"]},{"row":["task.a","A"]}]}""";

    private const string GraphRows = """
        {"columns":["ids","nodes","edges"],"data":[{"row":[["inst.x","univ.y"],[],[[{"type":"CO_BUILT_WITH","source":"inst.x","target":"univ.y"}]]]}]}
        """;

    [Fact]
    public void a_list_answer_agrees_only_in_the_floors_order()
    {
        var floor = Answer.OfRows(Parse(ListRows));
        var same = Answer.OfGraphQL(Parse("""{"bureauTasks":[{"role":"lead","task":{"id":"task.b"}},{"role":"support","task":{"id":"task.a"}}]}"""));
        var reordered = Answer.OfGraphQL(Parse("""{"bureauTasks":[{"task":{"id":"task.a"}},{"task":{"id":"task.b"}}]}"""));

        Answer.Difference(same, floor).Should().BeNull();
        Answer.Difference(reordered, floor).Should().Contain("another order").And.Contain("task.a");
    }

    [Fact]
    public void a_graph_answer_agrees_in_any_order_but_only_with_the_same_relations()
    {
        var floor = Answer.OfRows(Parse(GraphRows));
        var same = Answer.OfGraphQL(Parse("""
            {"network":{"nodes":[{"id":"univ.y"},{"id":"inst.x"}],"edges":[{"type":"CO_BUILT_WITH","source":"inst.x","target":"univ.y"}]}}
            """));
        var reversed = Answer.OfGraphQL(Parse("""
            {"network":{"nodes":[{"id":"inst.x"},{"id":"univ.y"}],"edges":[{"type":"CO_BUILT_WITH","source":"univ.y","target":"inst.x"}]}}
            """));

        floor.Edges.Should().Equal("CO_BUILT_WITH inst.x univ.y");
        Answer.Difference(same, floor).Should().BeNull();
        Answer.Difference(reversed, floor).Should().StartWith("relations:");
    }

    [Fact]
    public void different_entities_are_named()
    {
        var floor = Answer.OfRows(Parse(ListRows));
        var other = Answer.OfGraphQL(Parse("""{"bureauTasks":[{"task":{"id":"task.b"}},{"task":{"id":"task.c"}}]}"""));

        Answer.Difference(other, floor).Should().Be("API only task.c; floor only task.a");
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
