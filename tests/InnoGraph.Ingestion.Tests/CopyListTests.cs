using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class CopyListTests
{
    private static readonly Lazy<GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void the_addressees_are_units_by_their_official_names_and_groups_are_left_out()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("抄送:市委各部门,市人大常委会、市政协办公室,青山军分区,市监委,市科技局。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));
        var names = result.Entities.Select(e => e.Name).ToList();

        names.Should().Contain(["青山市人民代表大会常务委员会", "中国人民政治协商会议青山市委员会办公室", "青山军分区", "青山市监察委员会", "青山市科学技术局"])
            .And.NotContain(n => n.Contains("各部门", StringComparison.Ordinal));
        result.Relations.Should().BeEmpty();
    }
}
