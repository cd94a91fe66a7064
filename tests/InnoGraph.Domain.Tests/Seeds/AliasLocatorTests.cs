using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;

namespace InnoGraph.Domain.Tests.Seeds;

/// <summary>An alias a document uses can say where; a short form people type needs no locator.</summary>
public sealed class AliasLocatorTests
{
    [Fact]
    public void an_aliass_locators_join_the_entitys_sources_and_the_alias_keeps_its_script()
    {
        var result = Compile("""
            entities:
              - id: plan.demo
                kind: Plan
                name: 示范计划推进方案
                aliases: [{ name: 示范计划, at: [d001:p9, d001:p3] }, { name: 示範計劃, script: zh-Hant, at: [d001:p11] }, "315", demo plan]
                at: [d001:p3]
            """);

        result.Problems.Should().BeEmpty();
        var plan = result.Dataset!.Entities.Single(e => e.Id == "plan.demo");
        plan.Sources.Should().Equal("d001:p3", "d001:p9", "d001:p11");
        plan.Aliases.Should().Equal(new Name("示范计划", "zh-Hans"), new Name("示範計劃", "zh-Hant"), new Name("315", "en"), new Name("demo plan", "en"));
    }

    [Fact]
    public void an_aliass_locator_is_checked_like_any_other()
    {
        var result = Compile("""
            entities:
              - id: plan.demo
                kind: Plan
                name: 示范计划推进方案
                aliases: [{ name: 示范计划, at: [d001:p99] }, { name: 示范, at: [] }, { name: 示, where: d001:p1 }]
                at: [d001:p3]
            """);

        var report = result.Problems.Select(p => p.ToString()).ToList();
        report.Should().Contain(p => p.StartsWith("facts.yaml:5:", StringComparison.Ordinal) && p.Contains("entity plan.demo") && p.Contains("d001 has paragraphs p1 to p20"));
        report.Should().Contain(p => p.Contains("entities[0].aliases[1].at") && p.Contains("give at least one locator"));
        report.Should().Contain(p => p.Contains("entities[0].aliases[2]") && p.Contains("where"));
    }

    private static SeedLoadResult Compile(string facts) =>
        SeedCompiler.Compile([("sources.yaml", SeedFiles.Sources), ("entities.yaml", SeedFiles.Entities), ("facts.yaml", facts)]);
}
