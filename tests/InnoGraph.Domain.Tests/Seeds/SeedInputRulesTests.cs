using InnoGraph.Domain.Seeds;

namespace InnoGraph.Domain.Tests.Seeds;

/// <summary>The seed reader applies the domain's input rules (the same ones writes through the API use).</summary>
public sealed class SeedInputRulesTests
{
    [Theory]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: "示范\u202E研究院", at: [d001:p3] }""", "entities[0].name", "bidirectional formatting character U+202E")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: "示范\0研究院", at: [d001:p3] }""", "entities[0].name", "control character U+0000")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: "<b>示范</b>", at: [d001:p3] }""", "entities[0].name", "contains '<'")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: 示范, aliases: ["a\tb"], at: [d001:p3] }""", "entities[0].aliases[0]", "control character U+0009")]
    [InlineData("""- { id: "inst.demo2\n", kind: Institute, name: 示范, at: [d001:p3] }""", "entities[0].id", "is not a valid id")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: 示范, props: [2003], at: [d001:p3] }""", "entities[0].props", "props must be a map")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: 示范, props: { founded: 9223372036854775808 }, at: [d001:p3] }""", "entities[0].props.founded", "out of range for founded")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: 示范, props: { type: "a\u2066b" }, at: [d001:p3] }""", "entities[0].props.type", "bidirectional formatting character U+2066")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: 示范, at: [d001:p0] }""", "entity inst.demo2", "d001 has paragraphs p1 to p20")]
    [InlineData("""- { id: inst.demo2, kind: Institute, name: 示范, at: [d001:p99999] }""", "entity inst.demo2", "d001 has paragraphs p1 to p20")]
    public void an_entity_breaking_an_input_rule_is_reported_at_its_field(string entity, string path, string reason)
    {
        var problems = Compile("entities:\n  " + entity + "\n");

        problems.Should().ContainSingle().Which.Should().Match<SeedProblem>(p => p.Path == path && p.Message.Contains(reason));
    }

    [Fact]
    public void a_relation_key_with_a_final_newline_is_refused()
    {
        var problems = Compile("relations:\n  - { from: inst.demo, type: CO_BUILT_WITH, to: univ.demo, key: \"g60\\n\", at: [d001:p3] }\n");

        problems.Should().ContainSingle().Which.Should().Match<SeedProblem>(p => p.Path == "relations[0].key" && p.Message.Contains("not a valid key"));
    }

    [Fact]
    public void a_whole_number_above_32_bits_is_kept_exactly()
    {
        var result = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities.Replace("founded: 2003", "founded: 9007199254740993", StringComparison.Ordinal))]);

        result.Problems.Should().BeEmpty();
        result.Dataset!.Entities.Single(e => e.Id == "inst.demo").Properties["founded"].Should().Be(9007199254740993L);
    }

    private static IReadOnlyList<SeedProblem> Compile(string facts) =>
        SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("facts.yaml", facts)]).Problems;
}
