using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class CoBuildingTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Of(
    [
        Known("region.qingshan", EntityKind.Region, "青山市", "city"),
        Known("univ.bailu", EntityKind.University, "白鹭大学", null),
        Known("univ.qingshan", EntityKind.University, "青山大学", null),
        Known("region.jiangnan", EntityKind.Region, "江南", "province"),
        Known("acad.cas", EntityKind.Academy, "中国科学院", null),
    ]);

    [Fact]
    public void a_sentence_that_names_no_partner_speaks_for_the_documents_city()
    {
        var result = Ingest("截至目前,累计共建白鹭大学青山智能制造研究院、青山东湖实验室等创新载体120家。");

        var lab = result.Entities.Single(e => e.Name == "青山东湖实验室");
        CoBuiltWith(result, lab.Id).Should().Equal("region.qingshan");
    }

    [Fact]
    public void a_body_built_in_cooperation_with_a_partner_is_co_built_with_it()
    {
        var result = Ingest("青山市与白鹭大学合作建设的青山智能制造研究院已投入运行。");

        var institute = result.Entities.Single(e => e.Name == "青山智能制造研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["region.qingshan", "univ.bailu"]);
    }

    [Fact]
    public void a_body_built_in_cooperation_by_partners_named_after_you_is_co_built_with_them()
    {
        var result = Ingest("青山智能制造研究院由白鹭大学和青山大学合作建设。");

        var institute = result.Entities.Single(e => e.Name == "青山智能制造研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["univ.bailu", "univ.qingshan"]);
    }

    [Fact]
    public void a_body_that_partners_make_together_is_co_built_with_them()
    {
        var result = Ingest("支持青山市与白鹭大学联合打造的青山智能装备研究院加快建设。");

        var institute = result.Entities.Single(e => e.Name == "青山智能装备研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["region.qingshan", "univ.bailu"]);
    }

    [Fact]
    public void a_partner_between_lianhe_and_its_verb_is_a_partner_not_what_is_built()
    {
        var result = Ingest("推动青山市联合白鹭大学建设白鹭大学青山泵业研究院,研究院已投入运行。");

        var institute = result.Entities.Single(e => e.Name == "白鹭大学青山泵业研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["region.qingshan", "univ.bailu"]);
        CoBuiltWith(result, "univ.bailu").Should().BeEmpty();
    }

    [Fact]
    public void a_partner_between_xieshou_and_its_verb_is_a_partner_too()
    {
        var result = Ingest("支持白鹭大学携手青山市组建白鹭大学青山数字印染研究院。");

        var institute = result.Entities.Single(e => e.Name == "白鹭大学青山数字印染研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["univ.bailu", "region.qingshan"]);
    }

    [Fact]
    public void a_body_formed_together_is_co_built_and_its_name_keeps_a_two_character_adjective_between_nouns()
    {
        var result = Ingest("支持青山大学与白鹭大学共同组建青山医药健康协同创新研究院。");

        var institute = result.Entities.Single(e => e.Name == "青山医药健康协同创新研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["univ.qingshan", "univ.bailu"]);
    }

    [Fact]
    public void an_event_held_in_cooperation_with_a_partner_is_co_built_with_it()
    {
        var result = Ingest("与白鹭大学合作举办的青山创新创业大赛,吸引项目300个。");

        var contest = result.Entities.Single(e => e.Name.EndsWith("创新创业大赛", StringComparison.Ordinal));
        CoBuiltWith(result, contest.Id).Should().Equal("univ.bailu");
    }

    [Fact]
    public void a_co_built_body_named_after_a_university_is_co_built_with_that_university_too()
    {
        var result = Ingest("今年新引进共建白鹭大学青山智能制造研究院。");

        var institute = result.Entities.Single(e => e.Name == "白鹭大学青山智能制造研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["region.qingshan", "univ.bailu"]);
    }

    [Fact]
    public void a_university_whose_name_runs_on_into_words_the_rules_did_not_take_is_not_the_body_built()
    {
        var result = Ingest("新引进共建青山大学宽禁带与微电子研究院。");

        CoBuiltWith(result, "univ.qingshan").Should().BeEmpty();
    }

    [Fact]
    public void a_stated_partner_is_kept_and_the_document_city_is_not_added()
    {
        var result = Ingest("青山大学合作共建白鹭大学青山智能制造研究院。");

        var institute = result.Entities.Single(e => e.Name == "白鹭大学青山智能制造研究院");
        CoBuiltWith(result, institute.Id).Should().NotContain("region.qingshan").And.Contain("univ.qingshan");
    }

    [Fact]
    public void a_body_in_a_list_is_named_by_the_whole_item_and_its_new_university_is_a_partner_without_a_place()
    {
        var result = Ingest("新引进共建白鹭大学青山研究院、长河大学江南先进光学与精密仪器研究院等2家研究院。");

        var institute = result.Entities.Single(e => e.Name == "长河大学江南先进光学与精密仪器研究院");
        var university = result.Entities.Single(e => e.Name == "长河大学");
        university.IsNew.Should().BeTrue();
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["region.qingshan", university.Id]);
        result.Relations.Should().NotContain(r => r.From == university.Id && r.Type == RelationType.LocatedIn);
        result.Relations.Should().Contain(r => r.From == institute.Id && r.Type == RelationType.LocatedIn && r.To == "region.qingshan");
    }

    [Fact]
    public void an_academy_named_by_its_standard_abbreviation_after_a_place_is_a_partner()
    {
        var result = Ingest("累计共建江南中科智能感知研究院等创新载体。");

        var institute = result.Entities.Single(e => e.Name == "江南中科智能感知研究院");
        CoBuiltWith(result, institute.Id).Should().Contain("acad.cas");
    }

    [Fact]
    public void a_new_university_that_starts_the_name_of_the_body_built_is_named_and_is_a_partner_not_a_body_built()
    {
        var result = Ingest("长河大学与青山市合作共建长河大学材料与化工研究院。");

        var institute = result.Entities.Single(e => e.Name == "长河大学材料与化工研究院");
        var university = result.Entities.Single(e => e.Name == "长河大学");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["region.qingshan", university.Id]);
        CoBuiltWith(result, university.Id).Should().BeEmpty();
    }

    [Fact]
    public void a_joint_centre_built_after_合作共建_is_a_platform_co_built_with_every_partner_named_before()
    {
        var result = Ingest("支持青山大学与白鹭大学、中国科学院合作共建青山海洋生物联合研究中心,服务全省产业。");

        var centre = result.Entities.Single(e => e.Name == "青山海洋生物联合研究中心");
        centre.Kind.Should().Be(EntityKind.Platform);
        CoBuiltWith(result, centre.Id).Should().BeEquivalentTo(["univ.qingshan", "univ.bailu", "acad.cas"]);
    }

    [Fact]
    public void a_body_two_new_partners_build_jointly_is_co_built_with_both_and_located_where_it_settles()
    {
        var result = Ingest("截至2024年底,青山学院与长河理工大学联合建设的青山精密测量技术研究院落户青山智造新城。");

        var institute = result.Entities.Single(e => e.Name == "青山精密测量技术研究院");
        var college = result.Entities.Single(e => e.Name == "青山学院");
        var university = result.Entities.Single(e => e.Name == "长河理工大学");
        var park = result.Entities.Single(e => e.Name == "青山智造新城");
        park.Kind.Should().Be(EntityKind.Park);
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo([college.Id, university.Id]);
        CoBuiltWith(result, park.Id).Should().BeEmpty();
        result.Relations.Should().Contain(r => r.From == institute.Id && r.Type == RelationType.LocatedIn && r.To == park.Id);
    }

    [Theory]
    [InlineData("推动青山市与白鹭大学携手建设青山先进制造技术研究院。")]
    [InlineData("支持青山市与白鹭大学共同打造青山先进制造技术研究院。")]
    [InlineData("青山市与白鹭大学联合组建的青山先进制造技术研究院投入运行。")]
    public void a_body_built_hand_in_hand_jointly_formed_or_made_together_is_co_built_with_both(string text)
    {
        var result = Ingest(text);

        var institute = result.Entities.Single(e => e.Name == "青山先进制造技术研究院");
        CoBuiltWith(result, institute.Id).Should().BeEquivalentTo(["region.qingshan", "univ.bailu"]);
        result.Entities.Should().NotContain(e => e.Name.Contains("携手", StringComparison.Ordinal));
    }

    [Fact]
    public void a_partner_named_again_after_the_verb_is_not_what_it_builds()
    {
        var result = Ingest("白鹭大学与青山市携手打造的白鹭大学青山碳中和研究院入驻科创园。");

        CoBuiltWith(result, "univ.bailu").Should().BeEmpty();
    }

    private static Facts.IngestResult Ingest(string text) =>
        new DocumentIngester(Gazetteer).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan"));

    private static List<string> CoBuiltWith(Facts.IngestResult result, string id) =>
        [.. result.Relations.Where(r => r.From == id && r.Type == RelationType.CoBuiltWith).Select(r => r.To)];

    private static KnownEntity Known(string id, EntityKind kind, string name, string? level) =>
        new(id, kind, name, [name], new HashSet<string> { "d001" }, level is null ? new Dictionary<string, object>() : new Dictionary<string, object> { ["level"] = level });
}
