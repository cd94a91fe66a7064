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
    [InlineData("东湖创客众创空间", EntityKind.Platform)]
    [InlineData("青山航空产业基地", EntityKind.Park)]
    [InlineData("青山大学设计学院分院", EntityKind.University)]
    [InlineData("青山材料研究院白沙分院", EntityKind.Institute)]
    [InlineData("青山国际科技合作基地", EntityKind.Platform)]
    public void the_longest_fitting_suffix_gives_the_kind(string name, EntityKind kind)
    {
        OrganisationSuffixes.Of(name, unitContext: false)!.Value.Kind.Should().Be(kind);
    }

    [Fact]
    public void a_maker_space_named_in_running_text_is_proposed_as_a_platform_of_the_documents_city()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("东湖创客众创空间入驻团队40个。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var space = result.Entities.Should().ContainSingle(e => e.Kind == EntityKind.Platform).Subject;
        space.Name.Should().Be("东湖创客众创空间");
    }

    [Theory]
    [InlineData("东湖区累计建成孵化器8家。")]
    [InlineData("东湖区今年建成众创空间3家。")]
    public void a_count_of_bodies_a_place_has_built_is_no_name(string text)
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Entities.Should().NotContain(e => e.IsNew && e.Kind == EntityKind.Platform);
    }
}
