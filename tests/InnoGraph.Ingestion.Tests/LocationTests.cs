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
        Known("plat.qingshan.tech-market", EntityKind.Platform, "青山科技大市场", null),
        Known("region.qingshan.lumen", EntityKind.Region, "鹿门镇", "town", "鹿门"),
        Known("lab.lumen", EntityKind.Laboratory, "鹿门实验室", null),
    ]);

    [Fact]
    public void a_known_body_whose_own_name_carries_a_town_is_placed_in_the_town()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("鹿门实验室挂牌运行。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Relations.Where(r => r.From == "lab.lumen" && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.lumen");
    }

    [Fact]
    public void a_body_named_after_the_place_it_is_said_to_be_in_is_placed_there()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("依托位于鹿门镇的青山智造创新港建设人才飞地。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var port = result.Entities.Single(e => e.Name == "青山智造创新港");
        port.Kind.Should().Be(EntityKind.Platform);
        result.Relations.Where(r => r.From == port.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.lumen");
    }

    [Fact]
    public void a_body_named_after_its_place_and_more_words_of_the_clause_is_placed_there_and_no_body_of_the_sentence_before_is()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("推动建成青山科技大市场。支持位于鹿门镇、已建成投用的青山科创孵化园扩容提质。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var incubator = result.Entities.Single(e => e.Name == "青山科创孵化园");
        result.Relations.Where(r => r.From == incubator.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.lumen");
        result.Relations.Where(r => r.From == "plat.qingshan.tech-market" && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan");
    }

    [Fact]
    public void a_body_taken_up_again_by_a_last_word_that_is_no_suffix_of_its_own_is_placed_where_that_clause_says()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("白鹭大学与青山市合作共建青山数字技术创新中心,中心落户鹿门镇。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var centre = result.Entities.Single(e => e.Name == "青山数字技术创新中心");
        result.Relations.Where(r => r.From == centre.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.lumen");
    }

    [Fact]
    public void a_body_built_on_a_place_named_after_yituo_is_placed_there()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("依托鹿门镇建设青山智能装备产业创新服务综合体。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var complex = result.Entities.Single(e => e.Name == "青山智能装备产业创新服务综合体");
        result.Relations.Where(r => r.From == complex.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.lumen");
    }

    [Fact]
    public void a_body_a_place_is_supported_to_build_is_placed_there_and_zuoluozai_places_as_zuoluoyu_does()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("支持鹿门镇建设青山海洋装备产业园。支持坐落在鹿门镇的青山东海实验室集聚团队。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        foreach (var name in new[] { "青山海洋装备产业园", "青山东海实验室" })
        {
            var body = result.Entities.Single(e => e.Name == name);
            result.Relations.Where(r => r.From == body.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.lumen");
        }
    }

    [Fact]
    public void a_known_body_the_graph_has_no_place_for_is_placed_like_a_new_one()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("青山科技大市场建成投用。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Relations.Where(r => r.From == "plat.qingshan.tech-market" && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan");
    }

    [Fact]
    public void a_known_body_whose_place_is_known_to_be_unknown_is_not_placed()
    {
        var unknown = GazetteerIndex.Of([Known("region.qingshan", EntityKind.Region, "青山市", "city"),
            new("plat.cloud", EntityKind.Platform, "青山云平台", ["青山云平台"], new HashSet<string> { "d001" }, new Dictionary<string, object> { [LocationRule.UnknownProperty] = "online" })]);

        var result = new DocumentIngester(unknown).Ingest("青山云平台上线运行。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Relations.Should().NotContain(r => r.From == "plat.cloud" && r.Type == RelationType.LocatedIn);
    }

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

    [Fact]
    public void a_branch_with_a_place_in_brackets_is_in_that_place()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("支持白鹭大学智能制造研究院(江南)建设。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var branch = result.Entities.Single(e => e.Name == "白鹭大学智能制造研究院(江南)");
        result.Relations.Where(r => r.From == branch.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.jiangnan");
    }

    [Fact]
    public void a_name_that_begins_with_the_short_form_of_a_province_is_placed_by_the_city_it_names()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("江南青山智能制造研究院建成投用。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var institute = result.Entities.Single(e => e.Name == "江南青山智能制造研究院");
        result.Relations.Where(r => r.From == institute.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan");
    }

    [Fact]
    public void a_region_a_body_is_named_after_is_mentioned_but_not_one_in_a_universitys_name()
    {
        var names = new DocumentIngester(Gazetteer).Ingest("鹿门高新区与白沙大学青松研究院签约。", new IngestOptions("d005", "005.txt", City: "region.jiangnan")).Entities.Select(e => e.Name).ToList();

        names.Should().Contain(["鹿门高新区", "鹿门镇"]);
        new DocumentIngester(GazetteerIndex.Of([Known("region.baisha", EntityKind.Region, "白沙市", "city", "白沙"), Known("univ.baisha", EntityKind.University, "白沙大学", null)]))
            .Ingest("白沙大学青松研究院签约。", new IngestOptions("d005", "005.txt")).Entities.Select(e => e.Name).Should().NotContain("白沙市");
    }

    [Fact]
    public void a_university_is_placed_only_by_a_place_of_the_documents_city_in_its_name()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("白鹭大学、青山理工大学专家来访。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var local = result.Entities.Single(e => e.Name == "青山理工大学");
        result.Relations.Where(r => r.From == local.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan");
        result.Relations.Should().NotContain(r => r.From == "univ.bailu" && r.Type == RelationType.LocatedIn);
    }

    [Fact]
    public void a_body_taken_up_again_by_the_last_word_of_its_name_is_placed_where_that_clause_says()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("青山市与白鹭大学合作共建白鹭大学青山光电研究院,研究院落户东湖区,建设两个中试平台。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var institute = result.Entities.Single(e => e.Name == "白鹭大学青山光电研究院");
        result.Relations.Where(r => r.From == institute.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.donghu");
    }

    private static readonly GazetteerIndex WithDistrict = FictionalCity.GazetteerWith("""
        entities:
          - { id: region.jiangnan, kind: Region, name: 江南省, props: { level: province }, at: [d001:p1] }
          - { id: region.qingshan, kind: Region, name: 青山市, aliases: [青山], props: { level: city }, at: [d001:p1] }
          - { id: region.qingshan.songxi, kind: Region, name: 松溪区, aliases: [松溪], props: { level: district }, at: [d001:p1] }
        relations:
          - { from: region.qingshan, type: PART_OF, to: region.jiangnan, at: [d001:p1] }
          - { from: region.qingshan.songxi, type: PART_OF, to: region.qingshan, at: [d001:p1] }
        """);

    [Fact]
    public void a_name_that_carries_a_city_and_a_district_of_it_places_the_body_in_the_district()
    {
        var result = new DocumentIngester(WithDistrict).Ingest("青山学院松溪智能制造研究院建成投用。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var institute = result.Entities.Where(e => e.Kind == EntityKind.Institute).Should().ContainSingle(string.Join(",", result.Entities.Select(e => e.Name))).Subject;
        result.Relations.Where(r => r.From == institute.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.songxi");
    }

    [Fact]
    public void a_body_named_only_by_the_city_of_a_districts_document_is_placed_in_the_district()
    {
        var result = new DocumentIngester(WithDistrict).Ingest("青山南部商务区建成投用。", new IngestOptions("d005", "005.txt", City: "region.qingshan.songxi"));

        var park = result.Entities.Single(e => e.Name == "青山南部商务区");
        result.Relations.Where(r => r.From == park.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.songxi");
    }

    [Fact]
    public void a_new_university_named_after_the_city_of_a_districts_document_is_placed_in_that_city()
    {
        var result = new DocumentIngester(WithDistrict).Ingest("青山学院开设新材料专业。", new IngestOptions("d005", "005.txt", City: "region.qingshan.songxi"));

        var university = result.Entities.Single(e => e.Name == "青山学院");
        result.Relations.Where(r => r.From == university.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan");
    }

    [Fact]
    public void a_new_university_named_after_another_city_is_left_for_the_reviewer_with_its_place_unknown()
    {
        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest("白沙学院开设新材料专业。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var university = result.Entities.Single(e => e.Name == "白沙学院");
        result.Relations.Should().NotContain(r => r.From == university.Id && r.Type == RelationType.LocatedIn);
        university.Properties.Should().ContainKey(LocationRule.UnknownProperty);
        university.Review.Should().Contain("give its place");
    }

    [Fact]
    public void the_place_in_the_name_of_the_college_a_branch_begins_with_is_the_colleges_not_the_branchs()
    {
        var result = new DocumentIngester(Gazetteer).Ingest("青山学院鹿门智能制造研究院正式揭牌。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        var institute = result.Entities.Single(e => e.Name == "青山学院鹿门智能制造研究院");
        result.Relations.Where(r => r.From == institute.Id && r.Type == RelationType.LocatedIn).Select(r => r.To).Should().Equal("region.qingshan.lumen");
    }

    private static KnownEntity Known(string id, EntityKind kind, string name, string? level, params string[] aliases) =>
        new(id, kind, name, [name, .. aliases], new HashSet<string> { "d001" }, level is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["level"] = level });
}
