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
}
