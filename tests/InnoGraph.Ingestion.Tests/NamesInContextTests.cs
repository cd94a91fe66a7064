using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Gazetteer;

namespace InnoGraph.Ingestion.Tests;

/// <summary>Names that no suffix marks, read from the words around them: events held, quoted series, strategies put into effect.</summary>
public sealed class NamesInContextTests
{
    private static readonly Lazy<GazetteerIndex> Gazetteer = new(FictionalCity.Gazetteer);

    [Fact]
    public void an_event_held_or_attended_is_a_programme()
    {
        var entities = Entities("组团参加江南省技术成果对接活动周活动,举办第二届青山数字经济博览会。举办海外学子青山行活动,举办智能装备交流会等活动8场。");

        entities.Should().Contain([
            (EntityKind.Programme, "江南省技术成果对接活动周"), (EntityKind.Programme, "青山数字经济博览会"),
            (EntityKind.Programme, "海外学子青山行"), (EntityKind.Programme, "智能装备交流会")]);
    }

    [Fact]
    public void what_is_held_but_does_not_end_as_an_event_is_no_name()
    {
        Entities("举办各类科技培训,参加项目路演推介。").Should().NotContain(e => e.Kind == EntityKind.Programme);
    }

    [Fact]
    public void quoted_names_before_activities_are_programmes_and_before_applications_platforms()
    {
        var entities = Entities("深化“院校青山行”“专家进企业”两大系列活动,推进“科研设备共享一键办”“成果转化‘云跟踪’”等两大试点应用。");

        entities.Should().Contain([
            (EntityKind.Programme, "院校青山行"), (EntityKind.Programme, "专家进企业"),
            (EntityKind.Platform, "科研设备共享一键办"), (EntityKind.Platform, "成果转化“云跟踪”")]);
    }

    [Fact]
    public void one_quoted_name_with_the_words_that_call_its_activities_is_one_series_named_whole()
    {
        var entities = Entities("组织“专家下基层、下园区”双下主题活动,开展“院校青山行”“专家进企业”两大系列活动。");

        entities.Should().Contain([
            (EntityKind.Programme, "专家下基层、下园区双下主题活动"), (EntityKind.Programme, "院校青山行"), (EntityKind.Programme, "专家进企业")]);
    }

    [Fact]
    public void a_programme_of_the_country_and_the_province_stated_once_is_two_programmes()
    {
        var entities = Entities("大力实施国家和省“英才计划”,积极承担国家和省科技重大专项。");

        entities.Should().Contain([
            (EntityKind.Programme, "国家英才计划"), (EntityKind.Programme, "江南省英才计划"),
            (EntityKind.Programme, "国家科技重大专项"), (EntityKind.Programme, "江南省科技重大专项")]).And.NotContain((EntityKind.Programme, "英才计划"));
    }

    [Fact]
    public void a_quoted_name_that_ends_a_longer_name_is_not_a_series_of_its_own()
    {
        Entities("组织参加江南科技合作“云洽谈”系列活动。").Should().Contain((EntityKind.Programme, "江南科技合作“云洽谈”")).And.NotContain((EntityKind.Programme, "云洽谈"));
    }

    [Fact]
    public void a_strategy_or_system_put_into_effect_is_a_policy()
    {
        var entities = Entities("深入实施乡村振兴战略、人才强市战略,全面实施科技项目“揭榜”制度。");

        entities.Should().Contain([(EntityKind.Policy, "乡村振兴战略"), (EntityKind.Policy, "人才强市战略"), (EntityKind.Policy, "科技项目揭榜制度")]);
    }

    [Fact]
    public void strategic_industries_are_no_strategy()
    {
        Entities("实施战略性新兴产业培育行动。").Should().NotContain(e => e.Kind == EntityKind.Policy);
    }

    [Fact]
    public void a_list_item_without_a_suffix_takes_the_kind_its_siblings_share()
    {
        Entities("全市已布局白鹭湖科技城、东湖未来城、青山湖科创区等一批科创湖区。").Should().Contain([
            (EntityKind.Park, "白鹭湖科技城"), (EntityKind.Park, "东湖未来城"), (EntityKind.Park, "青山湖科创区")]);
    }

    [Fact]
    public void an_item_before_a_kind_stated_after_it_takes_that_kind()
    {
        var entities = Entities("加强东湖青创城等青创平台建设,推进智能装备产业园等孵化器建设。");

        entities.Should().Contain([(EntityKind.Platform, "东湖青创城"), (EntityKind.Park, "智能装备产业园")]);
    }

    [Fact]
    public void items_without_a_proper_part_or_a_stated_kind_are_descriptions()
    {
        Entities("大力发展企业孵化器、大学科技园、人才创业园等创新载体,增设创业基地等多种途径。").Should()
            .NotContain(e => e.Name == "企业孵化器" || e.Name == "创业基地" || e.Name == "人才创业园");
    }

    [Fact]
    public void a_title_striven_for_with_its_level_is_a_designation()
    {
        var entities = Entities("支持青山职业学院争创国家“双优”学校,创建省级以上智慧农业园区。");

        entities.Should().Contain([(EntityKind.Designation, "国家“双优”学校"), (EntityKind.Designation, "省级智慧农业园区")]);
    }

    [Fact]
    public void a_title_a_body_is_recognised_or_rated_as_is_a_designation()
    {
        var entities = Entities("东湖创新工场被认定为国家级科技企业孵化器,青山云谷被评为省级数字经济特色小镇。");

        entities.Should().Contain([(EntityKind.Designation, "国家级科技企业孵化器"), (EntityKind.Designation, "省级数字经济特色小镇")]);
    }

    [Fact]
    public void a_list_a_body_is_put_on_names_a_designation_without_its_batch()
    {
        var entities = Entities("青山市被列入第二批国家智慧城市建设名单,东湖平台列入省数字政府第一批优秀应用名单。");

        entities.Should().Contain([(EntityKind.Designation, "国家智慧城市"), (EntityKind.Designation, "省数字政府优秀应用")]);
    }

    [Fact]
    public void a_name_of_an_indicator_and_of_what_it_counts_is_the_indicator_only_before_a_figure()
    {
        var gazetteer = FictionalCity.GazetteerWith("""
            entities:
              - { id: region.qingshan, kind: Region, name: 青山市, props: { level: city }, at: [d001:p1] }
              - { id: ind.star-makerspaces, kind: Indicator, name: 省级星级众创空间数, aliases: [省级星级众创空间], props: { unit: count }, at: [d001:p2] }
              - { id: desig.star-makerspace, kind: Designation, name: 省级星级众创空间, at: [d001:p2] }
            """);

        var result = new DocumentIngester(gazetteer).Ingest("鼓励企业建设省级星级众创空间,提升服务能力。2024年全市省级星级众创空间达到30家。", new IngestOptions("d005", "005.txt", City: "region.qingshan"));

        result.Entities.Select(e => e.Id).Should().Contain(["desig.star-makerspace", "ind.star-makerspaces"]);
        result.Observations.Should().ContainSingle().Which.Indicator.Should().Be("ind.star-makerspaces");
    }

    private static List<(EntityKind Kind, string Name)> Entities(string text) =>
        [.. new DocumentIngester(Gazetteer.Value).Ingest(text, new IngestOptions("d005", "005.txt", City: "region.qingshan")).Entities.Select(e => (e.Kind, e.Name))];
}
