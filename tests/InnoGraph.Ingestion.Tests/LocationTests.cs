using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class LocationTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Of(
    [
        Known("region.jiangnan", EntityKind.Region, "江南省", "province", "江南"),
        Known("region.qingshan", EntityKind.Region, "青山市", "city", "青山"),
        Known("univ.bailu", EntityKind.University, "白鹭大学", null),
    ]);

    [Fact]
    public void a_province_inside_a_name_says_whose_branch_it_is_not_where_so_the_body_is_placed_in_the_documents_city()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("白鹭大学江南智能制造研究院建成投用。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var institute = result.Entities.Single(e => e.Name == "白鹭大学江南智能制造研究院");
        result.Relations.Where(r => r.From == institute.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan");
    }

    [Fact]
    public void a_name_that_begins_with_a_province_is_in_that_province()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("江南省智能制造研究院建成投用。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var institute = result.Entities.Single(e => e.Name == "江南省智能制造研究院");
        result.Relations.Where(r => r.From == institute.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.jiangnan");
    }

    private static KnownEntity Known(string id, EntityKind kind, string name, string? level, params string[] aliases) =>
        new(id, kind, name, [name, .. aliases], new HashSet<string> { "d001" }, level is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["level"] = level });
}
