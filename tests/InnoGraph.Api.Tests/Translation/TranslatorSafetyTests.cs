using InnoGraph.Api.Tests.Support;
using InnoGraph.Api.Translation;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Tests.Translation;

public sealed class TranslatorSafetyTests
{
    private const string Hostile = "x' }) MATCH (n) DETACH DELETE n //";

    [Theory]
    [InlineData("""{ search(text: "HOSTILE") { id } }""")]
    [InlineData("""{ entity(id: "HOSTILE") { id } }""")]
    [InlineData("""{ bureauTasks(bureau: "HOSTILE") { role } }""")]
    [InlineData("""{ taskOwners(task: "HOSTILE") { role } }""")]
    [InlineData("""{ responsibilityNetwork(plan: "HOSTILE") { nodes { id } } }""")]
    [InlineData("""{ collaborationNetwork(city: "HOSTILE") { nodes { id } } }""")]
    [InlineData("""{ cityCollaboration(city: "HOSTILE") { nodes { id } } }""")]
    [InlineData("""{ indicatorSeries(region: "HOSTILE", indicator: "HOSTILE") { points { year } } }""")]
    [InlineData("""{ neighbourhood(ids: ["HOSTILE"]) { nodes { id } } }""")]
    [InlineData("""{ shortestPath(from: "HOSTILE", to: "HOSTILE") { nodes { id } } }""")]
    [InlineData("""{ entity(id: "a") { relations(text: "HOSTILE") { edges { id } } } }""")]
    public void user_text_travels_only_as_a_parameter(string template)
    {
        var statement = Translate.Single(template.Replace("HOSTILE", Hostile.Replace("'", "\\u0027", StringComparison.Ordinal), StringComparison.Ordinal));

        statement.Text.Should().NotContain("DETACH DELETE");
        statement.Text.Should().NotContain("x'");
        statement.Parameters!.Values.SelectMany(Flatten).Should().Contain(v => v != null && v.ToString()!.Contains("DETACH DELETE", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("""{ entity(id: "a") { relations(types: ["KNOWS]->() DETACH DELETE n //"]) { totalCount } } }""", "types")]
    [InlineData("""{ entity(id: "a") { relations(kinds: ["Person"]) { totalCount } } }""", "kinds")]
    [InlineData("""{ search(text: "a", kinds: ["Entity:Secret"]) { id } }""", "kinds")]
    [InlineData("""{ neighbourhood(ids: ["a"], relationTypes: ["PART_OF|KNOWS"]) { nodes { id } } }""", "relationTypes")]
    public void labels_and_relation_types_outside_the_allowlists_are_refused(string query, string argument)
    {
        var act = () => Translate.Single(query);

        act.Should().Throw<TranslationException>()
            .Where(e => e.Code == ErrorCodes.InvalidArgument && e.Message.Contains(argument, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ search(text: "a", first: 1000) { id } }""")]
    [InlineData("""{ entity(id: "a") { relations(first: 101) { totalCount } } }""")]
    [InlineData("""{ neighbourhood(ids: ["a"], depth: 4) { nodes { id } } }""")]
    [InlineData("""{ neighbourhood(ids: ["a"], limit: 100000) { nodes { id } } }""")]
    [InlineData("""{ shortestPath(from: "a", to: "b", maxLength: 50) { nodes { id } } }""")]
    [InlineData("""{ collaborationNetwork(city: "a", depth: 9) { nodes { id } } }""")]
    public void page_sizes_depths_and_lengths_beyond_the_limits_are_refused(string query)
    {
        var act = () => Translate.Single(query);

        act.Should().Throw<TranslationException>().Where(e => e.Code == ErrorCodes.InvalidArgument);
    }

    [Fact]
    public void a_cursor_that_was_not_issued_is_refused()
    {
        var act = () => Translate.Single("""{ entity(id: "a") { relations(after: "%%%") { totalCount } } }""");

        act.Should().Throw<TranslationException>().Where(e => e.Code == ErrorCodes.BadCursor);
    }

    [Fact]
    public void total_count_is_not_computed_unless_selected()
    {
        var without = Translate.Single("""{ entity(id: "a") { relations { edges { id } } } }""");
        var with = Translate.Single("""{ entity(id: "a") { relations { totalCount edges { id } } } }""");

        without.Text.Should().NotContain("totalCount");
        with.Text.Should().Contain("`totalCount`: head(");
    }

    [Fact]
    public void the_page_is_cut_after_first_and_continues_strictly_after_the_cursor()
    {
        var cursor = Cursor.Encode("清华大学\u0001x|CO_BUILT_WITH|y\u0001OUT");

        var statement = Translate.Single($$"""{ entity(id: "a") { relations(first: 3, after: "{{cursor}}") { edges { id } } } }""");

        statement.Text.Should().Contain("> $p");
        statement.Parameters!.Values.Should().Contain("清华大学\u0001x|CO_BUILT_WITH|y\u0001OUT");
        statement.Parameters.Values.Should().Contain(3).And.Contain(4);
    }

    [Fact]
    public void aliases_become_the_keys_of_the_projection()
    {
        var statement = Translate.Single("""{ entity(id: "a") { key: id label: name } }""");

        statement.Text.Should().Contain("`key`: n.id").And.Contain("`label`: n.name");
    }

    private static IEnumerable<object?> Flatten(object? value) => value switch
    {
        string s => [s],
        System.Collections.IEnumerable items => items.Cast<object?>().SelectMany(Flatten),
        _ => [value],
    };
}
