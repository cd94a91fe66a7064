using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Testing;

namespace InnoGraph.Ingestion.Tests;

/// <summary>A document of a city no curated document comes from still finds its city and counties in the reference divisions.</summary>
public sealed class ReferenceDivisionTests
{
    private static readonly GazetteerIndex Graph = GazetteerIndex.Of(SeedCompiler.CompileDirectory(RepositoryPaths.Seeds).Dataset!);

    [Fact]
    public void a_city_known_only_from_the_reference_divisions_is_the_documents_city()
    {
        var result = new DocumentIngester(Graph).Ingest("支持市科技局建设科技服务平台。", new IngestOptions("d900", "900.txt", City: "温州市"));

        result.Entities.Select(e => e.Name).Should().Contain("温州市科学技术局");
    }

    [Fact]
    public void a_body_placed_in_a_county_of_that_city_is_located_there()
    {
        var result = new DocumentIngester(Graph).Ingest("新建的瓯江光电研究院位于龙湾区。", new IngestOptions("d900", "900.txt", City: "region.wenzhou"));

        var institute = result.Entities.Single(e => e.Name == "瓯江光电研究院");
        result.Relations.Where(r => r.From == institute.Id && r.Type == RelationType.LocatedIn).Select(r => r.To)
            .Should().Equal("region.wenzhou.longwan");
    }

    [Theory]
    [InlineData("瑞安市政府", "瑞安市人民政府")]
    [InlineData("龙湾区政府", "温州市龙湾区人民政府")]
    [InlineData("龙湾区人民政府", "温州市龙湾区人民政府")]
    [InlineData("龙湾区科技局", "温州市龙湾区科学技术局")]
    public void a_named_countys_body_in_a_unit_list_takes_its_official_name_a_districts_with_its_city(string written, string official)
    {
        var result = new DocumentIngester(Graph).Ingest($"1.建设科技服务平台。(责任单位:市科技局、{written})", new IngestOptions("d900", "900.txt", City: "温州市"));

        result.Entities.Select(e => e.Name).Should().Contain(official).And.NotContain(written);
    }

    [Fact]
    public void a_countys_name_before_words_that_are_no_department_is_kept_as_written()
    {
        var result = new DocumentIngester(Graph).Ingest("1.建设科技服务平台。(责任单位:市科技局、龙湾区科创服务中心)", new IngestOptions("d900", "900.txt", City: "温州市"));

        result.Entities.Select(e => e.Name).Should().Contain("龙湾区科创服务中心");
    }
}
