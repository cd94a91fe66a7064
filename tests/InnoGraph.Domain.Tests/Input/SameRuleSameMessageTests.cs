using InnoGraph.Domain.Input;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Domain.Tests.Seeds;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Tests.Input;

/// <summary>
/// A fact that breaks a rule is refused with the same message whether it comes as seed text or as a
/// write's input: the seed reader adds its file, line and path, the input reader the input field.
/// </summary>
public sealed class SameRuleSameMessageTests
{
    [Theory]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: "示范\u202E研究院", at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范\u202E研究院", "sources": ["d001:p3"]}""", "name", "name", "bidirectional formatting character U+202E")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: "<b>示范</b>", at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "<b>示范</b>", "sources": ["d001:p3"]}""", "name", "name", "contains '<'")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: " ", at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": " ", "sources": ["d001:p3"]}""", "name", "name", "name must not be empty")]
    [InlineData("""{ id: region.demo2, kind: Institute, name: 示范, at: [d001:p3] }""", """{"id": "region.demo2", "kind": "Institute", "name": "示范", "sources": ["d001:p3"]}""", "id", "id", "must start with 'inst.'")]
    [InlineData("""{ id: inst.Demo2, kind: Institute, name: 示范, at: [d001:p3] }""", """{"id": "inst.Demo2", "kind": "Institute", "name": "示范", "sources": ["d001:p3"]}""", "id", "id", "is not a valid id")]
    [InlineData("""{ id: inst.demo2, kind: Person, name: 示范, at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Person", "name": "示范", "sources": ["d001:p3"]}""", "kind", "kind", "unknown kind 'Person'")]
    [InlineData("""{ id: inst.demo2, kind: Document, name: 示范, at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Document", "name": "示范", "sources": ["d001:p3"]}""", "kind", "kind", "unknown kind 'Document'")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, aliases: [{ name: 示范院, script: zh-CN }], at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "aliases": [{"name": "示范院", "script": "zh-CN"}], "sources": ["d001:p3"]}""", "aliases[0].script", "aliases[0].script", "unknown script 'zh-CN'")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, aliases: [{ name: "a\tb" }], at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "aliases": [{"name": "a\tb"}], "sources": ["d001:p3"]}""", "aliases[0].name", "aliases[0].name", "alias contains the control character U+0009")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, aliases: [{ script: en }], at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "aliases": [{"script": "en"}], "sources": ["d001:p3"]}""", "aliases[0].name", "aliases[0].name", "missing 'name'")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, props: { owner: x }, at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "properties": {"owner": "x"}, "sources": ["d001:p3"]}""", "props.owner", "properties.owner", "unknown property 'owner' for Institute")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, props: { founded: "2003" }, at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "properties": {"founded": "2003"}, "sources": ["d001:p3"]}""", "props.founded", "properties.founded", "not a valid whole number (unquoted) for founded")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, props: { founded: 9223372036854775808 }, at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "properties": {"founded": 9223372036854775808}, "sources": ["d001:p3"]}""", "props.founded", "properties.founded", "out of range for founded")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, props: { founded: [2003] }, at: [d001:p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "properties": {"founded": [2003]}, "sources": ["d001:p3"]}""", "props.founded", "properties.founded", "founded must be a single value")]
    [InlineData("""{ id: region.demo2, kind: Region, name: 示范, props: { level: galaxy }, at: [d001:p3] }""", """{"id": "region.demo2", "kind": "Region", "name": "示范", "properties": {"level": "galaxy"}, "sources": ["d001:p3"]}""", "props.level", "properties.level", "'galaxy' is not allowed for level")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, at: [d001-p3] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "sources": ["d001-p3"]}""", "at[0]", "sources[0]", "'d001-p3' is not a locator")]
    [InlineData("""{ id: inst.demo2, kind: Institute, name: 示范, at: [] }""", """{"id": "inst.demo2", "kind": "Institute", "name": "示范", "sources": []}""", "at", "sources", "give at least one locator")]
    public void an_entity_gets_the_same_message_as_seed_text_and_as_input(string seed, string input, string seedField, string inputPath, string reason) =>
        SameMessage("entities", seed, EntityInput.Read(JsonInput.Parse(input)).Problems, seedField, inputPath, reason);

    [Theory]
    [InlineData("""{ from: inst.demo, type: CO_BUILT_WITH, to: univ.demo, key: G60, at: [d001:p3] }""", """{"from": "inst.demo", "type": "CO_BUILT_WITH", "to": "univ.demo", "key": "G60", "sources": ["d001:p3"]}""", "key", "key", "key 'G60' is not a valid key")]
    [InlineData("""{ from: inst.demo, type: BUILT_WITH, to: univ.demo, at: [d001:p3] }""", """{"from": "inst.demo", "type": "BUILT_WITH", "to": "univ.demo", "sources": ["d001:p3"]}""", "type", "type", "unknown relation type 'BUILT_WITH'")]
    [InlineData("""{ from: "inst.demo\n", type: CO_BUILT_WITH, to: univ.demo, at: [d001:p3] }""", """{"from": "inst.demo\n", "type": "CO_BUILT_WITH", "to": "univ.demo", "sources": ["d001:p3"]}""", "from", "from", "is not a valid id")]
    [InlineData("""{ from: inst.demo, type: CO_BUILT_WITH, to: univ.demo, props: { since: soon }, at: [d001:p3] }""", """{"from": "inst.demo", "type": "CO_BUILT_WITH", "to": "univ.demo", "properties": {"since": "soon"}, "sources": ["d001:p3"]}""", "props.since", "properties.since", "'soon' is not a valid whole number (unquoted) for since")]
    [InlineData("""{ from: inst.demo, type: CO_BUILT_WITH, to: univ.demo, props: { order: 1 }, at: [d001:p3] }""", """{"from": "inst.demo", "type": "CO_BUILT_WITH", "to": "univ.demo", "properties": {"order": 1}, "sources": ["d001:p3"]}""", "props.order", "properties.order", "unknown property 'order' for CO_BUILT_WITH")]
    public void a_relation_gets_the_same_message_as_seed_text_and_as_input(string seed, string input, string seedField, string inputPath, string reason) =>
        SameMessage("relations", seed, RelationInput.Read(JsonInput.Parse(input)).Problems, seedField, inputPath, reason);

    [Fact]
    public void a_relation_to_itself_gets_the_same_message_as_seed_text_and_as_input()
    {
        var fromSeed = SeedProblem("relations:\n  - { from: inst.demo, type: CO_BUILT_WITH, to: inst.demo, at: [d001:p3] }\n");
        var fromInput = InputProblem(RelationInput.Read(JsonInput.Parse("""{"from": "inst.demo", "type": "CO_BUILT_WITH", "to": "inst.demo", "sources": ["d001:p3"]}""")).Problems);

        fromInput.Message.Should().Be(fromSeed.Message).And.Be("a relation from 'inst.demo' to itself");
    }

    [Fact]
    public void kinds_a_relation_type_does_not_join_get_the_message_the_api_gives_for_the_stored_kinds()
    {
        // The API learns the endpoints' kinds from the graph and asks the same rule.
        var fromSeed = SeedProblem("relations:\n  - { from: inst.demo, type: RESPONSIBLE_FOR, to: univ.demo, at: [d001:p3] }\n", "relations[0].to");
        var spec = RelationTypes.Of(RelationType.ResponsibleFor);

        fromSeed.Message.Should().Be(RelationRules.End(spec, "univ.demo", EntityKind.University)).And.StartWith("RESPONSIBLE_FOR cannot end at a University");
    }

    [Fact]
    public void a_valid_input_reads_as_the_entity_the_same_seed_declares()
    {
        var seed = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities)]).Dataset!.Entities.Single(e => e.Id == "region.jiaxing");
        var input = EntityInput.Read(JsonInput.Parse("""
            {"id": "region.jiaxing", "kind": "Region", "name": "嘉兴市", "nameEn": "Jiaxing", "aliases": [{"name": "嘉兴"}, {"name": "嘉興", "script": "zh-Hant"}],
             "properties": {"level": "city", "divisionCode": "330400"}, "sources": ["ref-codes:330400"]}
            """));

        input.Problems.Should().BeEmpty();
        input.Value.Should().BeEquivalentTo(seed);
    }

    private static void SameMessage(string section, string seed, IReadOnlyList<InputProblem> inputProblems, string seedField, string inputPath, string reason)
    {
        var fromSeed = SeedProblem($"{section}:\n  - {seed}\n");
        var fromInput = InputProblem(inputProblems);

        fromInput.Message.Should().Be(fromSeed.Message).And.Contain(reason);
        fromSeed.Path.Should().Be($"{section}[0].{seedField}");
        fromInput.Path.Should().Be(inputPath);
    }

    private static SeedProblem SeedProblem(string facts, string? path = null)
    {
        var problems = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("facts.yaml", facts)]).Problems;
        return path is null ? problems.Should().ContainSingle().Subject : problems.Should().ContainSingle(p => p.Path == path).Subject;
    }

    private static InputProblem InputProblem(IReadOnlyList<InputProblem> problems) => problems.Should().ContainSingle().Subject;
}
