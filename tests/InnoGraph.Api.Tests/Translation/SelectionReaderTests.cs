using InnoGraph.Api.Tests.Support;
using InnoGraph.Api.Translation;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Tests.Translation;

/// <summary>Fragments, directives and aliases reach the translator as execution would see them.</summary>
public sealed class SelectionReaderTests
{
    [Fact]
    public void fragments_are_flattened_and_skipped_fields_left_out()
    {
        var statement = Translate.Single("""
            { entity(id: "a") { ...Names ... on Institute { founded } level @include(if: false) sources @skip(if: true) { locator } } }
            fragment Names on Entity { id name }
            """);

        statement.Text.Should().Contain("`id`: n.id").And.Contain("`name`: n.name").And.Contain("`founded`: n.founded");
        statement.Text.Should().NotContain("`level`").And.NotContain("`sources`");
    }

    [Fact]
    public void the_same_field_selected_twice_is_merged_into_one_projection()
    {
        var statement = Translate.Single("""
            { entity(id: "a") { relations { edges { id } } ... on Region { relations { edges { type } } } } }
            """);

        statement.Text.Should().Contain("`id`: coalesce(e1.r.id").And.Contain("`type`: type(e1.r)");
        statement.Text.Should().NotContain("e2.");
    }

    [Fact]
    public void one_response_key_for_two_different_fields_is_refused_with_advice()
    {
        var act = () => Translate.Single("""{ entity(id: "a") { ... on Institute { x: founded } ... on Region { x: level } } }""");

        act.Should().Throw<TranslationException>().Where(e => e.Code == ErrorCodes.InvalidQuery && e.Message.Contains("aliases", StringComparison.Ordinal));
    }

    [Fact]
    public void each_aliased_root_field_gets_its_own_statement()
    {
        var statements = Translate.All("""{ a: entity(id: "a") { id } b: entity(id: "b") { name } }""");

        statements.Keys.Should().BeEquivalentTo("a", "b");
        statements["a"].Parameters!.Values.Should().Contain("a");
        statements["b"].Parameters!.Values.Should().Contain("b");
    }
}
