using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Domain.Tests.Seeds;

/// <summary>Every institute, laboratory, R&amp;D centre, platform, park, university and academy says where it is, or why it cannot.</summary>
public sealed class LocationCoverageTests
{
    [Fact]
    public void a_body_with_neither_a_place_nor_a_reason_fails_naming_its_id_and_file()
    {
        var result = Compile("""
            entities:
              - id: lab.nowhere
                kind: Laboratory
                name: 无处实验室
                at: [d001:p5]
            """);

        result.IsValid.Should().BeFalse();
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Position.File.Should().Be("bodies.yaml");
        problem.Position.Line.Should().Be(2);
        problem.ToString().Should().Contain("lab.nowhere").And.Contain("LOCATED_IN").And.Contain("locationUnknown");
        result.Coverage.Single(c => c.Kind == "Laboratory").Should().Be(new LocationCoverage("Laboratory", 0, 0, 1));
    }

    [Fact]
    public void a_body_located_in_a_region_passes()
    {
        var result = Compile("""
            entities:
              - { id: lab.here, kind: Laboratory, name: 此处实验室, at: [d001:p5] }
            relations:
              - { from: lab.here, type: LOCATED_IN, to: region.jiaxing, at: [d001:p5] }
            """);

        result.Problems.Should().BeEmpty();
        result.Coverage.Single(c => c.Kind == "Laboratory").Should().Be(new LocationCoverage("Laboratory", 1, 0, 1));
    }

    [Fact]
    public void a_body_located_in_a_park_that_is_located_itself_passes()
    {
        var result = Compile("""
            entities:
              - { id: park.demo, kind: Park, name: 示范园区, at: [d001:p6] }
              - { id: lab.in-park, kind: Laboratory, name: 园区实验室, at: [d001:p6] }
            relations:
              - { from: park.demo, type: LOCATED_IN, to: region.jiaxing, at: [d001:p6] }
              - { from: lab.in-park, type: LOCATED_IN, to: park.demo, at: [d001:p6] }
            """);

        result.Problems.Should().BeEmpty();
        result.Coverage.Where(c => c.Kind is "Park" or "Laboratory").Should().OnlyContain(c => c.Located == 1 && c.Total == 1);
    }

    [Fact]
    public void a_body_that_gives_the_reason_its_place_cannot_be_known_passes_and_is_counted_apart()
    {
        var result = Compile("""
            entities:
              - id: plat.somewhere
                kind: Platform
                name: 某平台
                props: { locationUnknown: "the document names it without saying where it is" }
                at: [d001:p7]
            """);

        result.Problems.Should().BeEmpty();
        result.Dataset!.Entities.Single(e => e.Id == "plat.somewhere").Properties[LocationRule.UnknownProperty]
            .Should().Be("the document names it without saying where it is");
        result.Coverage.Single(c => c.Kind == "Platform").Should().Be(new LocationCoverage("Platform", 0, 1, 1));
    }

    [Fact]
    public void a_body_with_both_a_place_and_a_reason_fails()
    {
        var result = Compile("""
            entities:
              - { id: lab.both, kind: Laboratory, name: 两者实验室, props: { locationUnknown: unknown }, at: [d001:p5] }
            relations:
              - { from: lab.both, type: LOCATED_IN, to: region.jiaxing, at: [d001:p5] }
            """);

        result.Problems.Should().ContainSingle().Which.Should().Match<SeedProblem>(p =>
            p.Path == "entity lab.both.props.locationUnknown" && p.Message.Contains("remove locationUnknown"));
    }

    [Fact]
    public void a_kind_outside_the_rule_needs_no_place()
    {
        var result = Compile("""
            entities:
              - { id: ent.demo, kind: Enterprise, name: 示范公司, at: [d001:p8] }
            """);

        result.Problems.Should().BeEmpty();
        result.Coverage.Select(c => c.Kind).Should().Equal(LocationRule.Kinds.Select(k => k.ToString()));
    }

    [Fact]
    public void a_missing_place_is_not_reported_on_top_of_the_mistakes_that_may_cause_it()
    {
        // A mistyped relation type leaves the laboratory unlocated; the mistake is the one to report.
        var result = Compile("""
            entities:
              - { id: lab.typo, kind: Laboratory, name: 笔误实验室, at: [d001:p5] }
            relations:
              - { from: lab.typo, type: LOCATED_AT, to: region.jiaxing, at: [d001:p5] }
            """);

        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("unknown relation type 'LOCATED_AT'");
        result.Coverage.Should().BeEmpty();
    }

    [Fact]
    public void only_the_kinds_of_the_rule_admit_a_reason()
    {
        var result = Compile("""
            entities:
              - { id: ent.demo, kind: Enterprise, name: 示范公司, props: { locationUnknown: unknown }, at: [d001:p8] }
            """);

        result.Problems.Should().ContainSingle().Which.Path.Should().Be("entities[0].props.locationUnknown");
    }

    private static SeedLoadResult Compile(string bodies) =>
        SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("bodies.yaml", bodies)]);
}
