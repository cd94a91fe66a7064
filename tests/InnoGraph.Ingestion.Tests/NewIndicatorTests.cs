using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class NewIndicatorTests
{
    private static List<(string Name, int Year, decimal Value, string Unit, string Status, string? Qualifier)> Read(string text, int? year, int? periodEnd = null) =>
        [.. NewIndicatorRule.Find(text, new YearContext(year, periodEnd)).SelectMany(p => p.Values).Select(v => (v.Indicator, v.Year, v.Value, v.Unit, v.Status, v.Qualifier))];

    [Fact]
    public void a_count_of_things_becomes_an_indicator_named_with_shu_without_the_verb_before_it()
    {
        Read("2022年,全市累计认定省级工程研究中心318家,新增市级孵化器12个。", 2023).Should().Equal(
            ("省级工程研究中心数", 2022, 318m, "count", "actual", "cumulative"),
            ("市级孵化器数", 2022, 12m, "count", "actual", "new"));
    }

    [Fact]
    public void the_whole_year_a_report_speaks_of_is_no_part_of_the_name()
    {
        Read("2024年,全年专利授权量达到3200件。", 2025).Select(v => v.Name).Should().Equal("专利授权量");
    }

    [Fact]
    public void what_a_body_arranges_is_named_without_the_body_and_the_verb()
    {
        Read("2024年,区财政安排科技专项资金4.2亿元。", 2025).Select(v => v.Name).Should().Equal("科技专项资金");
    }

    [Fact]
    public void a_figure_reached_by_a_quantity_of_no_noun_of_its_own_is_of_what_the_figure_before_counted()
    {
        Read("2024年,全市新增星级众创空间8家,总量达到36家;新增孵化器5家,累计达到20家。", 2025).Should().Equal(
            ("星级众创空间数", 2024, 8m, "count", "actual", "new"),
            ("星级众创空间数", 2024, 36m, "count", "actual", null),
            ("孵化器数", 2024, 5m, "count", "actual", "new"),
            ("孵化器数", 2024, 20m, "count", "actual", "cumulative"));
        Read("2024年,全市新增星级众创空间8家,服务企业达到36家。", 2025).Should().NotContain(v => v.Name == "星级众创空间数" && v.Value == 36m);
    }

    [Fact]
    public void of_every_kind_after_a_verb_the_name_keeps_says_nothing_of_what_is_counted()
    {
        Read("2024年,全年依托平台引进各类青年英才230名。", 2025).Select(v => v.Name).Should().Equal("引进青年英才数");
    }

    [Fact]
    public void words_that_name_a_quantity_keep_their_name_and_a_share_needs_such_words()
    {
        Read("到2030年,每万人口发明专利拥有量达到35件以上,数字经济增加值占比超过60%。", 2025).Should().Equal(
            ("每万人口发明专利拥有量", 2030, 35m, "count", "target", "over"),
            ("数字经济增加值占比", 2030, 60m, "%", "target", "over"));
        Read("2024年工业产值同比增长12.5%。", 2025).Should().BeEmpty();
    }

    [Fact]
    public void a_growth_in_percent_after_the_quantity_that_grows_is_its_growth_rate()
    {
        Read("到2030年,确保全市研发经费支出年均增长15%以上。", 2025).Should().Equal(("研发经费支出年均增长率", 2030, 15m, "%", "target", "over"));
        Read("2024年,技术合同成交额增长9.6%。", 2025).Should().Equal(("技术合同成交额增长率", 2024, 9.6m, "%", "actual", null));
        Read("2024年全市同比增长12.5%,比上年增长3%。", 2025).Should().BeEmpty();
    }

    [Fact]
    public void a_figure_after_ge_goes_to_each_name_before_it()
    {
        Read("到2030年,集聚产业领军人才、青年创新人才各300名左右。", 2025).Select(v => (v.Name, v.Value, v.Qualifier)).Should().Equal(
            ("产业领军人才数", 300m, "about"), ("青年创新人才数", 300m, "about"));
    }

    [Fact]
    public void without_a_year_in_the_paragraph_a_plans_figures_are_targets_for_the_end_of_its_period()
    {
        Read("支持企业建设研发机构,建成省级技术创新中心4家。", 2024, periodEnd: 2028).Should().Equal(("省级技术创新中心数", 2028, 4m, "count", "target", null));
    }

    [Fact]
    public void a_target_year_set_earlier_in_the_paragraph_carries_to_the_next_sentences()
    {
        Read("到2030年,创新能力明显增强。建成概念验证中心6个。", 2025).Should().Equal(("概念验证中心数", 2030, 6m, "count", "target", null));
    }

    [Fact]
    public void each_year_figures_are_read_for_every_year_of_the_plan_and_share_their_verb_along_a_list()
    {
        var values = Read("每年新增专利示范企业40家、知识产权服务机构5家。", 2024, periodEnd: 2026);

        values.Select(v => (v.Name, v.Year, v.Value, v.Status)).Should().Equal(
            ("每年新增专利示范企业数", 2024, 40m, "target"), ("每年新增专利示范企业数", 2025, 40m, "target"), ("每年新增专利示范企业数", 2026, 40m, "target"),
            ("每年新增知识产权服务机构数", 2024, 5m, "target"), ("每年新增知识产权服务机构数", 2025, 5m, "target"), ("每年新增知识产权服务机构数", 2026, 5m, "target"));
    }

    [Fact]
    public void what_is_done_each_year_is_read_for_every_year_without_the_verb_or_the_body_that_does_it()
    {
        Read("市财政局每年安排科技专项资金不低于3亿元;每年组织产学研合作对接活动20场以上。", 2025, periodEnd: 2026).Select(v => (v.Name, v.Year, v.Value, v.Status)).Should().Equal(
            ("科技专项资金", 2025, 3m, "target"), ("科技专项资金", 2026, 3m, "target"),
            ("产学研合作对接活动数", 2025, 20m, "target"), ("产学研合作对接活动数", 2026, 20m, "target"));
    }

    [Fact]
    public void what_is_brought_in_each_year_is_read_for_every_year_with_the_verb_that_says_what_is_counted()
    {
        Read("每年引进海外工程师150名以上。", 2025, periodEnd: 2026).Select(v => (v.Name, v.Year, v.Value, v.Status)).Should().Equal(
            ("引进海外工程师数", 2025, 150m, "target"), ("引进海外工程师数", 2026, 150m, "target"));
    }

    [Fact]
    public void words_that_say_how_a_figure_is_told_are_no_part_of_what_it_counts()
    {
        Read("全年技术服务收入预计达到35.5亿元。", 2024).Select(v => (v.Name, v.Status)).Should().Equal(("技术服务收入", "estimate"));
        Read("有效期内科技型企业总数达到920家。", 2024).Select(v => v.Name).Should().Equal("科技型企业总数");
        Read("研究院落户高新区,已与区内30余家企业建立合作关系。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void each_year_after_the_fields_a_count_is_for_is_read_for_every_year()
    {
        Read("围绕新材料、生物医药等产业每年引进青年英才80名以上。", 2025, periodEnd: 2027).Select(v => (v.Name, v.Year)).Should().Equal(
            ("引进青年英才数", 2025), ("引进青年英才数", 2026), ("引进青年英才数", 2027));
    }

    [Fact]
    public void a_plan_of_one_year_sets_targets_for_it_and_its_new_ones_are_that_years()
    {
        var years = new YearContext(2026, PeriodEnd: 2026, PlanStart: 2026);
        NewIndicatorRule.Find("2026年,力争新增省级孵化器12家,年末全区孵化面积达到80万平方米以上。", years).SelectMany(p => p.Values)
            .Select(v => (v.Indicator, v.Status)).Should().Contain(("省级孵化器数", "target"));
        IndicatorValueRule.Status("2026年,全区研发强度达到", 2026, years.Present).Should().Be("target");
    }

    [Fact]
    public void an_amount_a_policy_grants_is_no_regions_figure()
    {
        Read("2026年,对新认定的省级孵化器给予50万元奖励,单个项目最高500万元。", 2026).Should().BeEmpty();
    }

    [Fact]
    public void the_first_phase_of_one_fund_is_no_regions_figure()
    {
        Read("2025年,设立青山科技创新引导基金,首期规模5亿元。", 2025).Should().BeEmpty();
    }

    [Fact]
    public void valid_before_what_is_counted_says_nothing_of_what_it_is()
    {
        Read("2024年,全市累计拥有有效国家高新技术企业768家。", 2025).Select(v => v.Name).Should().Equal("国家高新技术企业数");
    }

    [Fact]
    public void an_amount_set_each_year_by_a_verb_with_its_adverb_is_read_for_every_year_at_least()
    {
        Read("市财政局每年统筹安排产业专项资金不少于2亿元。", 2025, periodEnd: 2026).Select(v => (v.Name, v.Year, v.Value, v.Qualifier)).Should().Equal(
            ("产业专项资金", 2025, 2m, "at-least"), ("产业专项资金", 2026, 2m, "at-least"));
    }

    [Fact]
    public void a_list_item_with_a_verb_of_its_own_shares_only_the_each_year()
    {
        var values = Read("每年新增专利示范企业40家、新认定高新技术企业120家。", 2025, periodEnd: 2026);

        values.Select(v => (v.Name, v.Year)).Should().Equal(
            ("每年新增专利示范企业数", 2025), ("每年新增专利示范企业数", 2026), ("每年新认定高新技术企业数", 2025), ("每年新认定高新技术企业数", 2026));
    }

    [Fact]
    public void the_tail_of_another_figure_a_date_or_an_attribute_is_not_an_indicator()
    {
        Read("办理时间由10个工作日缩减到3个工作日。", 2024).Should().BeEmpty();
        Read("对研发投入占比高于4%的企业给予奖励。", 2024).Should().BeEmpty();
        Read("推进重点项目建设,5年总投资120亿元。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void when_a_verb_ends_the_words_before_a_figure_what_it_counts_follows_the_figure()
    {
        Read("2023年,全市面向海外引进80名高端工程师,实施20个以上重大攻关项目、15个左右产业协同项目。", 2024).Select(v => (v.Name, v.Value)).Should().Equal(
            ("引进高端工程师数", 80m), ("重大攻关项目数", 20m), ("产业协同项目数", 15m));
        Read("2023年,全市布局5个“未来”中心。", 2024).Should().BeEmpty();
        Read("2023年,青山市大力培育5家。", 2024).Should().BeEmpty();
        Read("2023年,每年培育与推荐2家科技企业进入青山市区域股权市场挂牌交易。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void a_verb_that_says_what_is_counted_is_kept_when_it_stands_inside_the_words()
    {
        Read("2023年,依托平台引进院士4名,联合高校共建研发中心7家。", 2024).Select(v => v.Name).Should().Equal("引进院士数", "共建研发中心数");
    }

    [Fact]
    public void values_given_respectively_for_named_years_are_read_for_a_new_indicator()
    {
        Read("力争专利授权量2024年、2026年分别达到90件、120件。", 2023).Should().Equal(
            ("专利授权量", 2024, 90m, "count", "target", null), ("专利授权量", 2026, 120m, "count", "target", null));
        Read("到2024年、2026年企业技术中心分别达到3家、5家。", 2023).Select(v => (v.Name, v.Year, v.Value)).Should().Equal(
            ("企业技术中心数", 2024, 3m), ("企业技术中心数", 2026, 5m));
    }

    [Fact]
    public void a_level_after_qizhong_is_a_part_of_the_figure_before_and_a_rank_of_the_total_follows()
    {
        var found = NewIndicatorRule.Find("2023年,全市共有省级以上科技园区9家,其中国家级2家、省级7家,总数列全省第2位。", new YearContext(2024)).ToList();

        found.SelectMany(p => p.Values).Select(v => (v.Indicator, v.Value, v.Unit, v.Qualifier)).Should().Equal(
            ("省级以上科技园区数", 9m, "count", "over"), ("省级以上科技园区数", 2m, "count", "national"), ("省级以上科技园区数", 7m, "count", "provincial"),
            ("省级以上科技园区数排名", 2m, "rank", "province"));
    }

    [Fact]
    public void a_subject_named_earlier_in_the_sentence_carries_on_and_a_change_after_a_value_is_its_own_indicator()
    {
        Read("2023年全市规上企业研发费用达120.5亿元,研发活动覆盖面达75.2%,同比提高3.1个百分点。", 2024).Select(v => (v.Name, v.Value)).Should().Equal(
            ("规上企业研发费用", 120.5m), ("规上企业研发活动覆盖面", 75.2m), ("规上企业研发活动覆盖面同比提高", 3.1m));
    }

    [Fact]
    public void words_that_open_with_the_place_or_year_they_cover_take_no_subject_from_earlier_in_the_sentence()
    {
        Read("2024年,国家高新技术企业总数达到268家,全年技术合同成交额达到18.6亿元。", 2025).Select(v => (v.Name, v.Value)).Should().Equal(
            ("国家高新技术企业总数", 268m), ("技术合同成交额", 18.6m));
    }

    [Fact]
    public void a_rank_of_a_name_in_quotation_marks_is_read_with_the_ranks_after_it()
    {
        Read("2023年,青山在“城市创新活力”排名第15位,全省排名第2位。", 2024).Select(v => (v.Name, v.Value, v.Unit)).Should().Equal(
            ("城市创新活力排名", 15m, "rank"), ("城市创新活力排名", 2m, "rank"));
    }

    [Fact]
    public void a_share_without_its_owner_takes_the_quantity_of_the_clause_before_and_its_each_year()
    {
        Read("力争每年科技投资增速快于面上投资增速、占固定资产投资比重达到15%左右。", 2024, periodEnd: 2025).Select(v => (v.Name, v.Year, v.Value, v.Status)).Should().Equal(
            ("科技投资占固定资产投资比重", 2024, 15m, "target"), ("科技投资占固定资产投资比重", 2025, 15m, "target"));
    }

    [Fact]
    public void names_keep_the_de_of_a_share_put_leiji_before_the_total_and_read_a_funds_amount_as_its_size()
    {
        Read("2023年,财政科技支出占一般公共预算支出的比重提高到6.5%。", 2024).Select(v => v.Name).Should().Equal("财政科技支出占一般公共预算支出的比重");
        Read("到2027年,技术合同成交总额累计超500亿元,产业引导基金达到30亿元以上。", 2024).Select(v => v.Name).Should().Equal("技术合同成交累计总额", "产业引导基金规模");
    }

    [Fact]
    public void a_figure_with_yu_or_duo_is_a_lower_bound_and_an_enumeration_with_deng_is_not_a_name()
    {
        Read("2023年新建众创空间30余家。", 2024).Should().Equal(("众创空间数", 2023, 30m, "count", "actual", "over"));
        Read("2023年支持青山大学、白沙学院等高校院所20家。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void after_an_enumeration_with_deng_a_short_noun_phrase_is_what_is_counted_with_a_kept_verb_before_the_list()
    {
        Read("2023年,新引进共建青山大学研究院、白沙学院研究院等2家研究院,创建甲公司、乙公司等3家省级合作基地。", 2024).Select(v => (v.Name, v.Value)).Should().Equal(
            ("共建研究院数", 2m), ("省级合作基地数", 3m));
        Read("2023年,会同东湖高新区等4家园区制定整合提升工作方案。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void before_a_figure_that_ends_its_clause_the_words_after_an_enumerations_deng_are_what_is_counted_when_gelei_or_a_kept_verb_says_so()
    {
        Read("截至2023年,累计共建包括青山大学研究院、白沙实验室等各类创新载体120余家。", 2024).Should().Equal(("共建创新载体数", 2023, 120m, "count", "actual", "over"));
        Read("2023年,引进甲公司、乙公司等各类研发机构8家,东湖区、白沙市等各类科技园区3个。", 2024).Select(v => (v.Name, v.Value)).Should().Equal(
            ("引进研发机构数", 8m), ("科技园区数", 3m));
        Read("2023年,邀请青山大学、白沙学院等高校院所100多名专家与企业对接。", 2024).Should().BeEmpty();
        Read("2023年支持青山大学、白沙学院等高校院所20家。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void a_plans_period_is_read_from_its_title()
    {
        PlanPeriod.End("青山市科技创新行动方案(2024—2028年)").Should().Be(2028);
        PlanPeriod.End("青山市科技创新工作情况").Should().BeNull();
        PlanPeriod.End("东湖区2023年科技创新工作总结").Should().Be(2023);
        PlanPeriod.End("东湖区2023年科技创新工作总结和2024年工作计划").Should().Be(2023);
        PlanPeriod.PlannedFrom("东湖区2026年科技工作要点").Should().Be(2026);
        PlanPeriod.PlannedFrom("青山市科技创新行动方案(2024—2028年)").Should().Be(2024);
        PlanPeriod.PlannedFrom("东湖区2023年科技创新工作总结和2024年工作计划").Should().BeNull();
    }

    [Fact]
    public void a_report_on_one_year_tells_its_undated_figures_of_that_year_not_of_the_day_it_was_published()
    {
        const string text = "东湖区2023年科技创新工作总结\n2022年,全区研发投入强度为2.6%。\n全年研发投入强度达到2.9%。";

        var result = new DocumentIngester(FictionalCity.Gazetteer()).Ingest(text, new IngestOptions("d005", "005.txt", "东湖区2023年科技创新工作总结", "region.qingshan.donghu", "2024-01-10"));

        result.Observations.Select(o => (o.Year, o.Value)).Should().Equal((2022, 2.6m), (2023, 2.9m));
    }

    [Fact]
    public void a_won_programme_counted_in_xiang_counts_its_projects_and_a_level_makes_ge_lei_and_huo_redundant()
    {
        Read("2023年,全市获国家级重点研发计划12项,累计获批各类省级以上创新试点35项,各类科技服务机构60家。", 2024).Select(v => v.Name).Should().Equal(
            "国家级重点研发计划项目数", "省级以上创新试点数", "各类科技服务机构数");
        Read("2023年,全市认定科技特派员计划5项、科技成果12项。", 2024).Select(v => v.Name).Should().Equal("科技特派员计划项目数", "科技成果数");
    }

    [Fact]
    public void a_verb_and_a_bare_quantity_after_a_figure_are_of_what_that_figure_counted()
    {
        Read("2023年,全市获省级技术攻关计划15项,争取资金3200万元。", 2024).Should().Equal(
            ("省级技术攻关计划项目数", 2023, 15m, "count", "actual", null), ("省级技术攻关计划争取资金", 2023, 3200m, "10k CNY", "actual", null));
        Read("2023年,全市建成孵化器3个、众创空间8个,完成投资12亿元。", 2024).Select(v => v.Name).Should().Equal("孵化器数", "众创空间数");
    }

    [Fact]
    public void persons_counted_by_a_programme_are_its_persons_named_without_quotation_marks()
    {
        Read("2023年,全市申报省级“青峰计划”26人,入选市级英才计划12人,引进海外院士3名。", 2024).Select(v => v.Name).Should().Equal(
            "申报省级青峰计划人数", "入选市级英才计划人数", "引进海外院士数");
    }

    [Fact]
    public void a_plans_target_of_new_ones_keeps_xinzeng_and_a_years_new_ones_do_not()
    {
        Read("到2028年,力争新增科创板上市企业12家。", 2024).Should().Equal(("新增科创板上市企业数", 2028, 12m, "count", "target", "new"));
        Read("2023年,全市新增科创板上市企业3家。", 2024).Should().Equal(("科创板上市企业数", 2023, 3m, "count", "actual", "new"));
    }

    [Fact]
    public void after_a_figure_that_only_a_place_precedes_the_bodies_it_counts_are_named_by_their_suffix()
    {
        Read("2023年,全市9家省级重点实验室首次通过评估。", 2024).Should().Equal(("省级重点实验室数", 2023, 9m, "count", "actual", null));
        Read("2023年,全市9家企业首次通过评估。", 2024).Should().BeEmpty();
    }

    [Fact]
    public void a_count_in_tens_of_thousands_is_read_whole()
    {
        Read("到2028年,力争科技型企业突破2.4万家,技能人才达到35万人。", 2024).Should().Equal(
            ("科技型企业数", 2028, 24000m, "count", "target", "over"), ("技能人才数", 2028, 35m, "10k persons", "target", null));
    }
}
