using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class ProgrammeListTests
{
    [Fact]
    public void a_list_that_opens_with_a_programme_in_persons_gives_parts_of_one_indicator_and_the_rank_it_shares()
    {
        var found = NewIndicatorRule.Find("2023年入选青山英才计划12人、白鹭学者计划4人;创业团队4个,均居全省前五位。", new YearContext(2024, null)).ToList();

        found.Where(p => p.Name == ProgrammeListRule.Name).SelectMany(p => p.Values).Select(v => (v.Year, v.Value, v.Qualifier)).Should().Equal(
            (2023, 12m, "programme-1"), (2023, 4m, "programme-2"), (2023, 4m, "programme-3"));
        found.Should().ContainSingle(p => p.Name == ProgrammeListRule.Name + Rank.Suffix).Which.Values.Single().Should().Match<IndicatorValue>(v => v.Value == 5 && v.Qualifier == "within");
        found.Should().NotContain(p => p.Name.Contains("英才计划", StringComparison.Ordinal));
    }

    [Fact]
    public void programmes_listed_before_a_rank_in_their_clause_each_take_the_rank()
    {
        var found = NewIndicatorRule.Find("2023年,青山英才计划、白鹭创业团队连续三年列全省第3位。", new YearContext(2024, null)).ToList();

        found.Where(p => p.Name == ProgrammeListRule.Name + Rank.Suffix).SelectMany(p => p.Values).Select(v => (v.Value, v.Qualifier)).Should().Equal(
            (3m, "programme-1"), (3m, "programme-2"));
    }

    [Fact]
    public void a_rank_named_with_its_scope_in_the_graph_is_found_by_either_name()
    {
        Rank.Names("创新指数排名", "province").Should().Equal("创新指数排名", "创新指数全省排名");
        Rank.Names("创新指数排名", "city").Should().Equal("创新指数排名", "创新指数全市排名");
        Rank.Names("创新指数", "province").Should().Equal("创新指数");
    }
}
