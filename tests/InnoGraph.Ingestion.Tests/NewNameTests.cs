using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

public sealed class NewNameTests
{
    private static readonly Lazy<GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void a_name_written_first_without_its_place_and_then_with_it_is_one_body_named_with_its_place()
    {
        Ingest("3.建设纳米材料产业创新服务综合体。青山市纳米材料产业创新服务综合体位于东湖区,为企业提供中试服务。").Should()
            .Contain("青山市纳米材料产业创新服务综合体").And.NotContain("纳米材料产业创新服务综合体");
    }

    [Fact]
    public void a_body_a_sentence_says_was_set_up_together_is_named_though_its_words_are_generic()
    {
        Ingest("研究院与青山新材料有限公司合作设立的先进储能材料联合实验室投入运行。").Should().Contain("先进储能材料联合实验室");
        Ingest("研究院还与青山新材料有限公司合作共建了智能影像联合研发中心。").Should().Contain("智能影像联合研发中心");
        Ingest("企业建设的智能影像联合研发中心投入运行。").Should().NotContain("智能影像联合研发中心");
    }

    [Fact]
    public void words_that_only_describe_a_kind_of_body_are_not_proposed_as_a_name()
    {
        var names = Ingest("支持企业建设企业研发中心和公共研发平台,打造青山智能制造研究院。");

        names.Should().Contain("青山智能制造研究院").And.NotContain(["企业研发中心", "公共研发平台"]);
    }

    [Fact]
    public void a_programme_keeps_its_descriptive_name()
    {
        Ingest("深入实施科技成果转化工程。").Should().Contain("科技成果转化工程");
    }

    [Theory]
    [InlineData("经市委市政府研究同意,设立青山智能制造研究院。", "中共青山市委员会", "青山市人民政府")]
    [InlineData("近日,青山市全面创新改革试验区获省委省政府批复。", "中共江南省委员会", "江南省人民政府")]
    public void a_committee_and_government_named_together_are_two_bodies(string text, string committee, string government)
    {
        Ingest(text).Should().Contain([committee, government]).And.NotContain(n => n.EndsWith("委政府", StringComparison.Ordinal) || n.Contains("委市政府", StringComparison.Ordinal) || n.Contains("委省政府", StringComparison.Ordinal));
    }

    [Fact]
    public void a_designation_is_named_by_its_suffix_with_the_level_it_is_conferred_at()
    {
        var entities = Entities("大力建设省人才管理改革试验区,青山市获评省级科技金融改革试验区。");

        entities.Should().Contain([
            (EntityKind.Designation, "省人才管理改革试验区"), (EntityKind.Designation, "省级科技金融改革试验区")]);
    }

    [Fact]
    public void a_voucher_is_a_programme()
    {
        Entities("推进青山科技创新券通用通兑。").Should().Contain((EntityKind.Programme, "青山科技创新券"));
    }

    [Fact]
    public void an_adverb_and_verb_that_jieba_keeps_together_do_not_start_a_name()
    {
        Ingest("大力发展青山智能制造研究院。").Should().Contain("青山智能制造研究院").And.NotContain(n => n.StartsWith("大力", StringComparison.Ordinal));
    }

    [Fact]
    public void the_association_for_science_and_technology_is_a_government_body()
    {
        Entities("青山市科学技术协会举办科普活动。").Should().Contain((EntityKind.GovernmentBody, "青山市科学技术协会"));
    }

    [Fact]
    public void a_branch_keeps_the_place_in_brackets_after_its_name()
    {
        Ingest("依托白沙大学东湖研究院(青山市)和青山大学(创新)研究院建设。").Should().Contain("白沙大学东湖研究院(青山市)").And.NotContain("白沙大学东湖研究院");
    }

    [Fact]
    public void a_quoted_programme_takes_the_nominal_words_before_it_but_not_a_place()
    {
        Ingest("深入推进纺织业“织锦腾飞”攻坚行动,实施青山市“白鹭”英才计划。").Should()
            .Contain(["纺织业“织锦腾飞”攻坚行动", "“白鹭”英才计划", "青山市"]).And.NotContain(["“织锦腾飞”攻坚行动", "青山市“白鹭”英才计划"]);
    }

    [Fact]
    public void a_quoted_name_inside_a_title_or_a_known_name_is_not_proposed_again()
    {
        Ingest("制定《青山市科技企业“白鹭”行动方案》。").Should().Contain("青山市科技企业“白鹭”行动方案").And.NotContain("“白鹭”行动");
    }

    [Fact]
    public void a_programme_keeps_the_verb_or_adjective_in_its_name()
    {
        Ingest("实施小草培育计划和稀缺技工培养工程。").Should().Contain(["小草培育计划", "稀缺技工培养工程"]);
    }

    [Fact]
    public void names_of_one_designation_that_differ_by_the_city_or_the_level_are_one_proposal_named_with_its_level()
    {
        var designations = Entities("青山市智慧交通改革试验区启动。青山获批省级智慧交通改革试验区,智慧交通改革试验区建设全面推进。")
            .Where(e => e.Kind == EntityKind.Designation).ToList();

        designations.Should().Equal((EntityKind.Designation, "省级智慧交通改革试验区"));
    }

    [Fact]
    public void a_body_named_after_a_verb_that_never_starts_a_name_starts_after_it()
    {
        Ingest("青山市科技局深度对接白沙市东湖高新区。").Should().Contain("白沙市东湖高新区").And.NotContain(n => n.Contains("对接", StringComparison.Ordinal));
    }

    [Fact]
    public void a_suffix_stated_once_after_a_list_names_every_item()
    {
        Entities("加快推进白鹭光电、青松生物医药、东湖智能装备等三大实验室建设。").Should().Contain([
            (EntityKind.Laboratory, "白鹭光电实验室"), (EntityKind.Laboratory, "青松生物医药实验室"), (EntityKind.Laboratory, "东湖智能装备实验室")]);
    }

    [Fact]
    public void the_last_item_of_a_list_is_named_whole_up_to_the_verb_after_it()
    {
        Ingest("加快推进青山微电机研发中心、白沙光电所青山碳纤维研发中心建设。").Should().Contain("白沙光电所青山碳纤维研发中心");
    }

    [Fact]
    public void a_suffix_that_jieba_tags_as_a_proper_noun_is_no_proper_part_of_a_description()
    {
        Ingest("加强科技企业孵化器建设。").Should().NotContain("科技企业孵化器");
    }

    [Fact]
    public void a_partnership_named_by_two_places_joined_by_a_dash_keeps_both()
    {
        Entities("设立青山市—白沙市协作基金。").Should().Contain((EntityKind.Fund, "青山市—白沙市协作基金"));
    }

    [Fact]
    public void a_kind_of_body_with_the_level_that_confers_it_is_a_designation()
    {
        Entities("支持青山大学争创全国重点实验室,建成省重点企业研究院。").Should().Contain([
            (EntityKind.Designation, "全国重点实验室"), (EntityKind.Designation, "省重点企业研究院")]);
    }

    [Fact]
    public void a_leading_enterprise_with_the_words_that_qualify_it_is_a_designation()
    {
        Entities("到2027年,支持白鹭领军企业牵头组建创新联合体,培育智能型领军企业。").Should().Contain([
            (EntityKind.Designation, "白鹭领军企业"), (EntityKind.Designation, "智能型领军企业")]);
    }

    [Fact]
    public void an_adverb_and_the_verb_after_it_break_a_name_however_jieba_tags_them()
    {
        Ingest("青山市充分利用青松科创平台,东湖区主动融入白沙市东湖高新区,积极参与青松产业基金。").Should()
            .Contain("白沙市东湖高新区").And.NotContain(n => n.Contains("充分", StringComparison.Ordinal) || n.Contains("主动", StringComparison.Ordinal) || n.Contains("积极", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("青山市共有高新技术企业20家,其中国家级企业5家。", false)]
    [InlineData("青山大学的产品销往中国各地。", true)]
    public void a_two_character_name_is_mentioned_only_where_it_is_a_word_of_the_text(string text, bool mentioned)
    {
        var seeds = FictionalCity.Seeds.Replace("entities:\n", "entities:\n  - { id: region.china, kind: Region, name: 中国, props: { level: country }, at: [d001:p1] }\n", StringComparison.Ordinal);
        var gazetteer = GazetteerIndex.Of(SeedCompiler.Compile([("seeds.yaml", seeds)]).Dataset!);

        var names = new DocumentIngester(gazetteer).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan")).Entities.Select(e => e.Name);

        names.Contains("中国").Should().Be(mentioned);
    }

    [Fact]
    public void a_government_is_named_only_with_its_place()
    {
        Ingest("党委政府高度重视科技创新,白沙市人民政府大力支持。").Should().Contain("白沙市人民政府").And.NotContain(n => n.Contains("党委", StringComparison.Ordinal));
    }

    [Fact]
    public void a_governments_office_is_named_only_with_its_place()
    {
        Ingest("白沙市人民政府办公室发布通知。").Should().Contain("白沙市人民政府办公室");
        Ingest("人民政府办公室2024年5月印发。").Should().NotContain(n => n.Contains("政府", StringComparison.Ordinal));
    }

    [Fact]
    public void a_company_is_named_from_its_place_whatever_the_words_of_its_brand()
    {
        Ingest("支持江南迅实科技有限公司发展,青山市中科科技开发服务有限公司承办。").Should()
            .Contain(["江南迅实科技有限公司", "青山市中科科技开发服务有限公司"]).And.NotContain(n => n.StartsWith("支持", StringComparison.Ordinal));
    }

    [Fact]
    public void a_company_s_branch_is_named_with_the_company_and_the_company_is_named_too()
    {
        var entities = Entities("江南迅实科技有限公司德国研发中心列入省级海外研发机构。");

        entities.Should().Contain([(EntityKind.RdCentre, "江南迅实科技有限公司德国研发中心"), (EntityKind.Enterprise, "江南迅实科技有限公司")]);
    }

    [Fact]
    public void an_institutes_branch_at_a_place_is_named_whole_and_the_institute_is_named_too()
    {
        var result = new DocumentIngester(Gazetteer.Value).Ingest("引进白沙材料研究院江南省分院。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Entities.Select(e => (e.Kind, e.Name)).Should().Contain([(EntityKind.Institute, "白沙材料研究院江南省分院"), (EntityKind.Institute, "白沙材料研究院")]);
        var parent = result.Entities.Single(e => e.Name == "白沙材料研究院");
        result.Relations.Should().NotContain(r => r.From == parent.Id, "the parent stands where the branch's text does not say");
    }

    [Fact]
    public void the_place_a_known_bodys_name_begins_with_is_mentioned_though_the_longer_name_holds_it()
    {
        var gazetteer = FictionalCity.GazetteerWith("""
            entities:
              - { id: region.jiangnan, kind: Region, name: 江南省, aliases: [江南], props: { level: province }, at: [d001:p1] }
              - { id: region.qingshan, kind: Region, name: 青山市, aliases: [青山], props: { level: city }, at: [d001:p1] }
              - { id: plat.jiangnan-tech-market, kind: Platform, name: 江南省技术交易市场, at: [d001:p2] }
              - { id: lab.qingshan-photonics, kind: Laboratory, name: 青山光子实验室, at: [d001:p2] }
              - { id: univ.jiangnan, kind: University, name: 江南大学, at: [d001:p3] }
            relations:
              - { from: plat.jiangnan-tech-market, type: LOCATED_IN, to: region.jiangnan, at: [d001:p2] }
              - { from: lab.qingshan-photonics, type: LOCATED_IN, to: region.qingshan, at: [d001:p2] }
              - { from: univ.jiangnan, type: LOCATED_IN, to: region.jiangnan, at: [d001:p3] }
            """);
        var names = new DocumentIngester(gazetteer).Ingest("组团参加江南省技术交易市场活动周活动。", new IngestOptions("d005", "005.txt", City: "region.qingshan"))
            .Entities.Select(e => e.Name).ToList();
        var lab = new DocumentIngester(gazetteer).Ingest("青山光子实验室与江南大学开展合作。", new IngestOptions("d005", "005.txt", City: "region.qingshan"))
            .Entities.Select(e => e.Name).ToList();

        names.Should().Contain(["江南省技术交易市场活动周", "江南省"]);
        lab.Should().Contain(["青山光子实验室", "青山市", "江南大学"]).And.NotContain("江南省", "a region in a university's own name names the university");
    }

    [Fact]
    public void a_name_a_page_break_cut_off_is_read_with_the_words_the_next_page_opens_with()
    {
        var paged = Ingest("1、青山市科技创新工作要点。印发单位:白沙市\n2、人民政府办公室2024年3月1日印发。支持企业\n3、创新发展。");
        var lines = Ingest("青山市科技创新工作要点。印发单位:白沙市\n人民政府办公室2024年3月1日印发。");

        paged.Should().Contain("白沙市人民政府办公室");
        lines.Should().NotContain(n => n.Contains("政府", StringComparison.Ordinal));
    }

    [Fact]
    public void verbs_inside_a_name_run_on_from_a_noun_but_an_adverb_ends_it()
    {
        var names = Ingest("推进青山科技成果转移转化示范基地建设,青山大学深入参与白沙国家技术创新中心建设。");

        names.Should().Contain("青山科技成果转移转化示范基地").And.NotContain(n => n.Contains("深入", StringComparison.Ordinal));
    }

    [Fact]
    public void a_programme_wholly_in_quotation_marks_is_named_without_them_and_with_its_owner()
    {
        var entities = Entities("加快实施“春苗人才培养计划”和白沙市“金凤凰英才计划”,申报国家级“引才计划”,深入实施“白鹭行动”。");

        entities.Should().Contain([
            (EntityKind.Programme, "春苗人才培养计划"), (EntityKind.Programme, "白沙市金凤凰英才计划"), (EntityKind.Programme, "国家级引才计划"),
            (EntityKind.Programme, "“白鹭行动”"), (EntityKind.Region, "白沙市")]);
    }

    [Fact]
    public void a_conjunction_between_two_generic_words_of_a_name_stays_in_it()
    {
        var names = Ingest("青山大学材料与化工研究院落户东湖区,推动企业与高校研究院合作,支持青山大学与白沙大学联合研究院建设。");

        names.Should().Contain("青山大学材料与化工研究院").And.NotContain(n => n.Contains("与高校", StringComparison.Ordinal) || n.Contains("与白沙", StringComparison.Ordinal));
    }

    [Fact]
    public void a_service_complex_is_a_platform_named_with_the_verbs_and_the_parts_of_its_trade()
    {
        var entities = Entities("东湖区汽车零部件产业创新服务综合体建成投用,鼓励企业建设服务平台。");

        entities.Should().Contain((EntityKind.Platform, "东湖区汽车零部件产业创新服务综合体")).And.NotContain(e => e.Name.Contains("企业建设", StringComparison.Ordinal));
    }

    [Fact]
    public void a_compound_of_two_units_in_running_text_is_two_units()
    {
        var gazetteer = GazetteerIndex.Of(SeedCompiler.Compile([("seeds.yaml", FictionalCity.Seeds.Replace("entities:\n", """
            entities:
              - { id: gov.baisha.organisation-department, kind: GovernmentBody, name: 中共白沙市委组织部, aliases: [市委组织部], props: { level: municipal, type: party-office }, at: [d001:p2] }
              - { id: gov.baisha.talent-office, kind: GovernmentBody, name: 中共白沙市委人才工作领导小组办公室, aliases: [市委人才办], props: { level: municipal, type: party-office }, at: [d001:p2] }

            """, StringComparison.Ordinal))]).Dataset!);
        var names = new DocumentIngester(gazetteer).Ingest("加大人才投入,市委组织部市委人才办负责政策落实,市科技局市财政局做好资金保障。", new IngestOptions("d005", "005.txt", City: "region.qingshan"))
            .Entities.Select(e => e.Name).ToList();

        names.Should().Contain(["中共青山市委组织部", "中共青山市委人才工作领导小组办公室", "青山市科学技术局", "青山市财政局"])
            .And.NotContain(n => n.Contains("组织部市委", StringComparison.Ordinal) || n.Contains("局市", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("白沙大学青山智能制造研究院入驻东湖经济开发区。", "入驻")]
    [InlineData("青山生物医药研究院签约东湖科创园,青山光电实验室揭牌东湖区。", "签约")]
    [InlineData("青山生物医药研究院签约东湖科创园,青山光电实验室揭牌东湖区。", "揭牌")]
    public void a_name_never_runs_across_a_verb_of_moving_in_or_opening(string text, string verb)
    {
        Ingest(text).Should().NotContain(n => n.Contains(verb, StringComparison.Ordinal));
    }

    [Fact]
    public void a_one_character_adjective_written_with_the_noun_after_it_stays_in_the_name()
    {
        Ingest("白沙大学与东湖区共建的青山新材料创新研究院正式启用。").Should().Contain("青山新材料创新研究院");
    }

    [Fact]
    public void names_keep_a_verb_that_opens_their_suffix_an_adjective_before_a_verb_of_the_name_and_a_character_jieba_cut_off()
    {
        Entities("发挥青山市天使投资引导基金作用。").Should().Contain((EntityKind.Fund, "青山市天使投资引导基金"));
        Entities("推动白沙大学青山生命健康创新研究院扩大规模。").Should().Contain((EntityKind.Institute, "白沙大学青山生命健康创新研究院"));
        Entities("白沙大学青山智能网联汽车研究院建成投用。").Should().Contain((EntityKind.Institute, "白沙大学青山智能网联汽车研究院"));
    }

    [Fact]
    public void a_funds_name_keeps_the_verb_that_opens_its_suffix_after_a_verb_of_the_name_and_a_name_ends_before_zuoluoyu()
    {
        Entities("设立青山区科技创新引导基金。").Should().Contain((EntityKind.Fund, "青山区科技创新引导基金"));
        Entities("青山智能电气产业园坐落于东湖区。").Should().Contain((EntityKind.Park, "青山智能电气产业园")).And.NotContain(e => e.Name.Contains("坐落", StringComparison.Ordinal));
    }

    [Fact]
    public void a_count_named_by_a_title_the_graph_holds_mentions_the_title_too()
    {
        var gazetteer = GazetteerIndex.Of(HeldOutSet.Curated);
        var result = new DocumentIngester(gazetteer).Ingest("2025年,全市新认定省级企业研究院9家。", new IngestOptions("d005", "005.txt", City: "region.taizhou"));

        result.Entities.Select(e => e.Id).Should().Contain(["ind.provincial-enterprise-research-institutes", "desig.zhejiang.key-enterprise-research-institute"]);
    }

    [Fact]
    public void an_incubator_or_maker_space_with_a_level_and_no_name_of_its_own_is_a_title()
    {
        Entities("对新认定的国家级科技企业孵化器和省级众创空间给予支持。").Should()
            .Contain([(EntityKind.Designation, "国家级科技企业孵化器"), (EntityKind.Designation, "省级众创空间")]);
    }

    [Fact]
    public void two_units_a_word_links_in_running_text_are_two_units()
    {
        // The curated graph, whose short forms make one word of the whole phrase for the segmenter.
        var gazetteer = GazetteerIndex.Of(HeldOutSet.Curated);
        var names = new DocumentIngester(gazetteer).Ingest("加强组织领导，市财政局统筹安排科技资金；市科技局会同市统计局建立任务清单和年度监测评价机制。", new IngestOptions("d005", "005.txt", City: "region.taizhou")).Entities.Select(e => e.Name).ToList();

        names.Should().Contain(["台州市科学技术局", "台州市统计局"]).And.NotContain(n => n.Contains("会同", StringComparison.Ordinal));
    }

    [Fact]
    public void two_units_the_graph_lacks_that_a_word_links_are_two_units_too()
    {
        var gazetteer = GazetteerIndex.Of(HeldOutSet.Curated);
        var names = new DocumentIngester(gazetteer).Ingest("严格考核评估。区统计局会同区科技局做好研发统计。", new IngestOptions("d005", "005.txt", City: "region.wenzhou.lucheng")).Entities.Select(e => e.Name).ToList();

        names.Should().Contain("温州市鹿城区统计局").And.NotContain(n => n.Contains("会同", StringComparison.Ordinal));
    }

    private static List<(EntityKind Kind, string Name)> Entities(string text) =>
        [.. new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan")).Entities.Select(e => (e.Kind, e.Name))];

    private static List<string> Ingest(string text) =>
        [.. new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan")).Entities.Select(e => e.Name)];
}
