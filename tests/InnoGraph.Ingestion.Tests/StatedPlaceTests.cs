using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;

namespace InnoGraph.Ingestion.Tests;

public sealed class StatedPlaceTests
{
    private static readonly Lazy<Gazetteer.GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void a_body_located_in_a_city_and_a_district_of_it_is_in_the_district()
    {
        PlaceOf("青山智能制造研究院位于青山市东湖区。", "青山智能制造研究院").Should().Equal("region.qingshan.donghu");
    }

    [Fact]
    public void a_district_named_right_before_a_body_with_a_proper_name_of_its_own_is_its_place_and_not_part_of_its_name()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("东湖区杭州科创园被认定为省级孵化器。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var park = result.Entities.Should().ContainSingle(e => e.Name.EndsWith("科创园", StringComparison.Ordinal)).Which;
        park.Name.Should().Be("杭州科创园");
        result.Relations.Where(r => r.From == park.Id && r.Type == Domain.Model.RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.donghu");
    }

    [Fact]
    public void a_body_built_in_a_place_is_located_there()
    {
        PlaceOf("在东湖区布局建设青山光电实验室。", "青山光电实验室").Should().Equal("region.qingshan.donghu");
        PlaceOf("在东湖区加快建设青山光电实验室。", "青山光电实验室").Should().Equal("region.qingshan.donghu");
    }

    [Fact]
    public void a_body_co_built_by_a_district_is_placed_in_that_district_not_the_documents_city()
    {
        PlaceOf("东湖区与青山大学共建青山智能装备研究院。", "青山智能装备研究院").Should().Equal("region.qingshan.donghu");
        PlaceOf("东湖区人民政府与青山大学共建青山智能装备研究院。", "青山智能装备研究院").Should().Equal("region.qingshan.donghu");
    }

    [Fact]
    public void a_body_co_built_by_the_city_alone_stays_in_the_city()
    {
        PlaceOf("青山市与白沙市共建青山智能装备研究院。", "青山智能装备研究院").Should().Equal("region.qingshan");
    }

    private static List<string> PlaceOf(string text, string name)
    {
        var result = Ingest(text);
        var body = result.Entities.Single(e => e.Name == name);
        return [.. result.Relations.Where(r => r.From == body.Id && r.Type == RelationType.LocatedIn).Select(r => r.To)];
    }

    private static IngestResult Ingest(string text) =>
        new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan"));
}
