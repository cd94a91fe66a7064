using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Domain.Tests.Seeds;

public sealed class SeedValidationTests
{
    [Fact]
    public void valid_seeds_compile_to_entities_relations_and_merged_mentions()
    {
        const string facts = """
            relations:
              - { from: inst.demo, type: CO_BUILT_WITH, to: univ.demo, at: [d001:p3] }
            observations:
              - { region: region.jiaxing, indicator: ind.rd, year: 2020, value: 3.31, unit: "%", status: actual, at: [d001:p5] }
            entities:
              - { id: ind.rd, kind: Indicator, name: 研发投入强度, at: [d001:p5] }
            mentions:
              - { entity: region.jiaxing, at: [d001:p7, d001:p9] }
            """;

        var result = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("facts.yaml", facts)]);

        result.Problems.Should().BeEmpty();
        var dataset = result.Dataset!;
        dataset.Entities.Should().HaveCount(6, "two sources and four entities");
        var jiaxing = dataset.Entities.Single(e => e.Id == "region.jiaxing");
        jiaxing.Sources.Should().Equal("ref-codes:330400", "d001:p7", "d001:p9");
        jiaxing.Aliases.Should().Equal(new Name("嘉兴", "zh-Hans"), new Name("嘉興", "zh-Hant"));
        jiaxing.Properties["divisionCode"].Should().Be("330400");
        dataset.Entities.Single(e => e.Id == "inst.demo").Properties["founded"].Should().Be(2003L);
        var measured = dataset.Relations.Single(r => r.Type == RelationType.Measured);
        measured.Id.Should().Be("region.jiaxing|MEASURED|ind.rd|2020-actual");
        measured.Properties["value"].Should().Be(3.31);
    }

    [Fact]
    public void several_different_mistakes_are_all_reported_with_file_line_and_field()
    {
        const string broken = """
            entities:
              - id: inst.demo
                kind: Institute
                name: 重复的研究院
                at: [d001:p3]
              - id: lab.x
                kind: Labratory
                name: 实验室
                at: [d001:p3]
              - id: inst.no-source
                kind: Institute
                name: 无出处研究院
              - id: inst.bad-year
                kind: Institute
                name: 年份错误研究院
                props: { founded: "two thousand", colour: red }
                at: [d001:p99]
            relations:
              - { from: inst.demo, type: BUILT_BY, to: univ.demo, at: [d001:p3] }
              - { from: inst.demo, type: CO_BUILT_WITH, to: univ.missing, at: [d001:p3] }
              - { from: inst.demo, type: RESPONSIBLE_FOR, to: univ.demo, props: { role: BOSS }, at: [d002:p1] }
            """;

        var result = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("broken.yaml", broken)]);

        result.IsValid.Should().BeFalse();
        result.Dataset.Should().BeNull();
        var report = result.Problems.Select(p => p.ToString()).ToList();
        report.Should().Contain(p => p.StartsWith("broken.yaml:2:", StringComparison.Ordinal) && p.Contains("duplicate id 'inst.demo'") && p.Contains("entities.yaml:"));
        report.Should().Contain(p => p.StartsWith("broken.yaml:7:", StringComparison.Ordinal) && p.Contains("unknown kind 'Labratory'"));
        report.Should().Contain(p => p.StartsWith("broken.yaml:10:", StringComparison.Ordinal) && p.Contains("entities[2].at") && p.Contains("missing 'at'"));
        report.Should().Contain(p => p.StartsWith("broken.yaml:16:", StringComparison.Ordinal) && p.Contains("entities[3].props.founded") && p.Contains("whole number"));
        report.Should().Contain(p => p.Contains("entities[3].props.colour") && p.Contains("unknown property 'colour'"));
        report.Should().Contain(p => p.StartsWith("broken.yaml:17:", StringComparison.Ordinal) && p.Contains("d001 has paragraphs p1 to p20"));
        report.Should().Contain(p => p.StartsWith("broken.yaml:19:", StringComparison.Ordinal) && p.Contains("unknown relation type 'BUILT_BY'"));
        report.Should().Contain(p => p.StartsWith("broken.yaml:20:", StringComparison.Ordinal) && p.Contains("no entity has the id 'univ.missing'"));
        report.Should().Contain(p => p.Contains("relations[2].props.role") && p.Contains("'BOSS' is not allowed") && p.Contains("LEAD, CO"));
        report.Should().Contain(p => p.Contains("relations[2].to") && p.Contains("RESPONSIBLE_FOR cannot end at a University"));
        report.Should().Contain(p => p.Contains("relations[2]") && p.Contains("the source 'd002', which is not in sources.yaml"));
    }

    [Fact]
    public void two_figures_of_one_observation_are_refused_with_what_to_do_since_an_observation_takes_no_key()
    {
        const string figures = """
            entities:
              - { id: ind.demo, kind: Indicator, name: 示范指标, props: { unit: count }, at: [d001:p2] }
            observations:
              - { region: region.jiaxing, indicator: ind.demo, year: 2024, value: 3, unit: count, status: actual, at: [d001:p2] }
              - { region: region.jiaxing, indicator: ind.demo, year: 2024, value: 4, unit: count, status: actual, at: [d001:p5] }
              - { region: region.jiaxing, indicator: ind.demo, year: 2024, value: 5, unit: count, status: target, at: [d001:p6] }
            """;

        var result = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("figures.yaml", figures)]);

        var problem = result.Problems.Should().ContainSingle().Which;
        problem.ToString().Should().StartWith("figures.yaml:5:").And.Contain("duplicate observation").And.Contain("figures.yaml:4:")
            .And.Contain("list both locators").And.NotContain("key");
    }

    [Fact]
    public void a_yaml_syntax_error_names_the_file_and_line_and_the_other_files_are_still_checked()
    {
        const string broken = "entities:\n  - id: inst.x\n    name: [unclosed\n";
        const string alsoBroken = "relations:\n  - { from: inst.demo, type: CO_BUILT_WITH, to: univ.nowhere, at: [d001:p1] }\n";

        var result = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("a.yaml", broken), ("b.yaml", alsoBroken)]);

        result.Problems.Should().Contain(p => p.Position.File == "a.yaml" && p.Message.Contains("not valid YAML"));
        result.Problems.Should().Contain(p => p.Position.File == "b.yaml" && p.Position.Line == 2 && p.Message.Contains("univ.nowhere"));
    }

    [Fact]
    public void an_unknown_id_gets_a_suggestion_when_one_is_close()
    {
        const string facts = "relations:\n  - { from: inst.demo, type: CO_BUILT_WITH, to: univ.dem, at: [d001:p1] }\n";

        var result = SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("f.yaml", facts)]);

        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("did you mean 'univ.demo'?");
    }

    [Fact]
    public void the_same_content_always_has_the_same_version_and_any_change_changes_it()
    {
        SeedDataset Compile(string entities) => SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", entities)]).Dataset!;

        var first = Compile(SeedFiles.Entities);
        var again = Compile(SeedFiles.Entities);
        var changed = Compile(SeedFiles.Entities.Replace("founded: 2003", "founded: 2004", StringComparison.Ordinal));

        again.Version.Should().Be(first.Version);
        changed.Version.Should().NotBe(first.Version);
    }
}
