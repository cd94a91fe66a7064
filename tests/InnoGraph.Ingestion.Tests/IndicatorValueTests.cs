using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class IndicatorValueTests
{
    private static readonly Dictionary<string, object> Percent = new() { ["unit"] = "%" };
    private static readonly Dictionary<string, object> Points = new() { ["unit"] = "index points" };

    private static List<IndicatorValue> Read(string text, int? year, params (string Name, string Id, EntityKind Kind, Dictionary<string, object>? Props)[] names)
    {
        var mentions = names.Select(n =>
        {
            var at = text.IndexOf(n.Name, StringComparison.Ordinal);
            return new Mention(at, at + n.Name.Length, n.Id, n.Kind, n.Name, false, "test", 1) { Properties = n.Props ?? [] };
        }).ToList();
        return [.. IndicatorValueRule.Find(text, mentions, "region.city", new YearContext(year))];
    }

    [Fact]
    public void a_region_named_as_what_is_built_is_not_whose_figure_follows()
    {
        var values = Read("2024年,青山区深入实施创新战略,全力打造白沙东部科创高地,研发强度预计达到3.1%。", 2025,
            ("青山区", "region.city", EntityKind.Region, null), ("白沙", "region.baisha", EntityKind.Region, null), ("研发强度", "ind.rd", EntityKind.Indicator, Percent));

        values.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Region = "region.city", Year = 2024, Value = 3.1m, Status = "estimate" });
    }

    [Fact]
    public void an_actual_value_takes_the_year_before_it_and_the_unit_of_its_indicator()
    {
        var values = Read("2021年,全市研发强度为3.12%,居全省前列。", 2022, ("研发强度", "ind.rd", EntityKind.Indicator, Percent));

        values.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Indicator = "ind.rd", Region = "region.city", Year = 2021, Value = 3.12m, Unit = "%", Status = "actual", Qualifier = (string?)null });
    }

    [Fact]
    public void a_known_indicators_increase_is_followed_by_its_stock_when_the_next_clause_names_only_a_quantity()
    {
        var values = Read("2024年,全市新增科技企业120家,总数达到900家。", 2025, ("科技企业", "ind.firms", EntityKind.Indicator, null));

        values.Select(v => (v.Indicator, v.Value, v.Qualifier)).Should().Equal(("ind.firms", 120m, "new"), ("ind.firms", 900m, (string?)null));
    }

    [Fact]
    public void a_known_indicators_value_over_a_span_is_read_for_each_end_and_the_earlier_value_is_not_dated_by_the_sentence()
    {
        Read("全市研发强度由2023年的2.8%提高到2026年的3.5%。", 2024, ("研发强度", "ind.rd", EntityKind.Indicator, Percent))
            .Select(v => (v.Year, v.Value, v.Status)).Should().Equal((2023, 2.8m, "actual"), (2026, 3.5m, "target"));
        Read("2023年,全市研发强度从2.8%提高到3.1%。", 2024, ("研发强度", "ind.rd", EntityKind.Indicator, Percent))
            .Select(v => (v.Year, v.Value)).Should().Equal((2023, 3.1m));
    }

    [Fact]
    public void a_value_for_a_year_to_come_is_a_target_and_its_bound_is_the_qualifier()
    {
        Read("到2030年,研发强度超过4.5%。", 2024, ("研发强度", "ind.rd", EntityKind.Indicator, Percent))
            .Should().ContainSingle().Which.Should().BeEquivalentTo(new { Year = 2030, Value = 4.5m, Status = "target", Qualifier = "over" });
        Read("力争研发强度达到4%左右。", 2024, ("研发强度", "ind.rd", EntityKind.Indicator, Percent))
            .Should().ContainSingle().Which.Should().BeEquivalentTo(new { Year = 2024, Value = 4m, Status = "target", Qualifier = "about" });
    }

    [Fact]
    public void an_expected_value_is_an_estimate()
    {
        Read("2023年研发强度预计将达到3.6%。", 2024, ("研发强度", "ind.rd", EntityKind.Indicator, Percent))
            .Should().ContainSingle().Which.Status.Should().Be("estimate");
    }

    [Fact]
    public void values_given_respectively_take_the_years_in_their_order_and_the_region_named_before()
    {
        var values = Read("东湖县在2021年和2022年创新指数分别为120.5和133.8。", 2023,
            ("东湖县", "region.city.donghu", EntityKind.Region, null), ("创新指数", "ind.index", EntityKind.Indicator, Points));

        values.Select(v => (v.Region, v.Year, v.Value)).Should().Equal(("region.city.donghu", 2021, 120.5m), ("region.city.donghu", 2022, 133.8m));
    }

    [Fact]
    public void a_figure_in_another_unit_is_not_the_indicators_value()
    {
        Read("2021年研发强度高于全省0.4个百分点。", 2022, ("研发强度", "ind.rd", EntityKind.Indicator, Percent)).Should().BeEmpty();
    }

    [Fact]
    public void a_rank_after_the_value_is_read_for_the_rank_indicator()
    {
        var values = Read("2021年创新指数为150.2,居全省第4位。", 2022, ("创新指数", "ind.index", EntityKind.Indicator, Points));

        values.Select(v => (v.Indicator, v.Value, v.Unit, v.Scope)).Should().Equal(("ind.index", 150.2m, "index points", null), ("ind.index#排名", 4m, "rank", "province"));
    }
}
