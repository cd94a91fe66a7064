using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class RankAndChangeTests
{
    private static readonly Dictionary<string, object> Percent = new() { ["unit"] = "%" };
    private static readonly Dictionary<string, object> Points = new() { ["unit"] = "index points" };

    private static List<IndicatorValue> Read(string text, string name, Dictionary<string, object> unit, IReadOnlyList<string>? parts = null)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var mentions = new List<Mention> { new(at, at + name.Length, "ind.x", EntityKind.Indicator, name, false, "test", 1) { Properties = unit } };
        return [.. IndicatorValueRule.Find(text, mentions, "region.city", new YearContext(2024), parts)];
    }

    [Fact]
    public void a_rank_among_the_citys_counties_is_read_with_the_city_as_its_scope()
    {
        Read("2023年,全区研发强度达到3.05%,居全市第2位。", "研发强度", Percent)
            .Select(v => (v.Indicator, v.Value, v.Scope)).Should().Equal(("ind.x", 3.05m, null), ("ind.x#排名", 2m, "city"));
    }

    [Fact]
    public void a_rank_after_a_difference_in_points_is_still_the_values_rank()
    {
        Read("2023年,全市研发强度为3.12%,高于全省0.4个百分点,居全省第3位。", "研发强度", Percent)
            .Select(v => (v.Indicator, v.Value, v.Unit)).Should().Equal(("ind.x", 3.12m, "%"), ("ind.x#高于全省", 0.4m, "percentage points"), ("ind.x#排名", 3m, "rank"));
    }

    [Fact]
    public void a_difference_to_the_province_and_the_country_is_an_indicator_named_by_what_it_is_compared_with()
    {
        Read("2023年,全市研发强度为2.95%,高于全省平均水平0.2个百分点,高于全国平均水平0.6个百分点。", "研发强度", Percent)
            .Select(v => (v.Indicator, v.Value, v.Qualifier)).Should().Equal(
                ("ind.x", 2.95m, null), ("ind.x#高于平均水平", 0.2m, "province"), ("ind.x#高于平均水平", 0.6m, "national"));
        Read("2023年,全市研发强度为2.95%,比全省平均水平多0.2个百分点。", "研发强度", Percent).Select(v => v.Indicator).Should().Equal("ind.x");
    }

    [Fact]
    public void a_rank_among_the_citys_districts_and_counties_named_after_the_city_is_read_with_the_city_as_its_scope()
    {
        Read("2023年,全市研发强度为3.12%,列青山市各区、县(市)第2位。", "研发强度", Percent)
            .Select(v => (v.Indicator, v.Value, v.Scope)).Should().Equal(("ind.x", 3.12m, null), ("ind.x#排名", 2m, "city"));
    }

    [Fact]
    public void a_quoted_aim_the_sentence_begins_with_makes_no_target_of_a_past_years_figure_and_jiaoshangnian_is_written_bishangnian()
    {
        Read("2023年,全市锚定“科创强市”目标,研发强度为3.12%,较上年提高0.2个百分点。", "研发强度", Percent)
            .Select(v => (v.Indicator, v.Status)).Should().Equal(("ind.x", "actual"), ("ind.x#比上年提高", "actual"));
    }

    [Fact]
    public void a_target_and_what_was_completed_of_it_are_a_target_and_an_actual_value()
    {
        Read("2023年,研发强度目标3.2%,完成3.35%;", "研发强度", Percent).Select(v => (v.Value, v.Status)).Should().Equal((3.2m, "target"), (3.35m, "actual"));
    }

    [Fact]
    public void a_rank_in_chinese_numerals_is_read()
    {
        Read("2023年创新指数为150.2,居全省第二。", "创新指数", Points).Select(v => (v.Indicator, v.Value)).Should().Equal(("ind.x", 150.2m), ("ind.x#排名", 2m));
        ChineseNumber.Parse("十二").Should().Be(12);
        ChineseNumber.Parse("二十五").Should().Be(25);
        ChineseNumber.Parse("第").Should().BeNull();
    }

    [Fact]
    public void a_change_in_points_is_an_indicator_named_by_the_words_of_the_change()
    {
        Read("2023年研发强度为3.12%,同比提高0.3个百分点。", "研发强度", Percent)
            .Select(v => (v.Indicator, v.Value, v.Unit)).Should().Equal(("ind.x", 3.12m, "%"), ("ind.x#同比提高", 0.3m, "percentage points"));
    }

    [Fact]
    public void a_bound_on_the_rank_of_every_county_and_district_is_read_for_each_of_them()
    {
        string[] parts = ["region.city.east", "region.city.west"];
        var text = "2023年,全市一县(市)一区创新指数在全省各县(市、区)中均列前30位。";

        Read(text, "创新指数", Points, parts).Select(v => (v.Region, v.Indicator, v.Value, v.Qualifier))
            .Should().Equal(("region.city.east", "ind.x#排名", 30m, "within"), ("region.city.west", "ind.x#排名", 30m, "within"));
        Read("2023年,创新指数在全省各县(市、区)中均列前30位。", "创新指数", Points, parts).Select(v => v.Region).Should().Equal("region.city");
    }

    [Fact]
    public void a_value_in_the_next_clause_that_names_nothing_else_is_the_indicators()
    {
        Read("2023年,研发强度进一步提升,预计将达到3.6%。", "研发强度", Percent)
            .Should().ContainSingle().Which.Should().BeEquivalentTo(new { Year = 2023, Value = 3.6m, Status = "estimate" });
        Read("2023年,研发强度进一步提升,新建实验室5家。", "研发强度", Percent).Should().BeEmpty();
    }

    [Fact]
    public void a_rank_that_several_figures_share_is_not_the_last_ones()
    {
        NewIndicatorRule.Find("2023年新增领军人才12人、创新团队5个,均居全省前三位。", new YearContext(2024)).Select(p => p.Name)
            .Should().Equal("领军人才数", "创新团队数");
    }

    [Fact]
    public void a_rank_that_moved_between_the_two_years_of_a_respectively_list_is_read_for_each_year()
    {
        var text = "东湖区在2021年和2022年创新指数分别为120.5和133.8,全省位次从第9位提升到第6位。";
        var mentions = new List<Mention>
        {
            new(0, 3, "region.city.donghu", EntityKind.Region, "东湖区", false, "test", 1),
            new(text.IndexOf("创新指数", StringComparison.Ordinal), text.IndexOf("创新指数", StringComparison.Ordinal) + 4, "ind.x", EntityKind.Indicator, "创新指数", false, "test", 1) { Properties = Points },
        };

        IndicatorValueRule.Find(text, mentions, "region.city", new YearContext(2023)).Select(v => (v.Indicator, v.Year, v.Value)).Should().Equal(
            ("ind.x", 2021, 120.5m), ("ind.x", 2022, 133.8m), ("ind.x#排名", 2021, 9m), ("ind.x#排名", 2022, 6m));
    }
}
