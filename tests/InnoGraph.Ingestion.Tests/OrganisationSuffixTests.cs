using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Rules;

namespace InnoGraph.Ingestion.Tests;

public sealed class OrganisationSuffixTests
{
    [Theory]
    [InlineData("青山英才计划", EntityKind.Programme)]
    [InlineData("人才强基工程", EntityKind.Programme)]
    [InlineData("科技企业倍增行动计划", EntityKind.Plan)]
    [InlineData("青山大学智能制造研究院", EntityKind.Institute)]
    [InlineData("青山航空产业基地", EntityKind.Park)]
    [InlineData("青山大学设计学院分院", EntityKind.University)]
    [InlineData("青山材料研究院白沙分院", EntityKind.Institute)]
    [InlineData("青山国际科技合作基地", EntityKind.Platform)]
    public void the_longest_fitting_suffix_gives_the_kind(string name, EntityKind kind)
    {
        OrganisationSuffixes.Of(name, unitContext: false)!.Value.Kind.Should().Be(kind);
    }
}
