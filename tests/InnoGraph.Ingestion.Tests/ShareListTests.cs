using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class ShareListTests
{
    private const string Text = "2023年,数字经济核心产业、装备制造业占规模以上工业营业收入比重分别达到31%和27.5%。";

    private static List<(string Name, int Year, decimal Value)> Read(params string[] known) =>
        [.. ShareListRule.Find(Text, new YearContext(2024), known).SelectMany(p => p.Values).Select(v => (v.Indicator, v.Year, v.Value))];

    [Fact]
    public void each_owner_of_a_share_list_gets_its_value()
    {
        Read().Should().Equal(("数字经济核心产业占规模以上工业营业收入比重", 2023, 31m), ("装备制造业占规模以上工业营业收入比重", 2023, 27.5m));
    }

    [Fact]
    public void a_share_the_graph_names_more_fully_takes_that_name_and_the_list_is_named_after_it()
    {
        Read("装备制造业营业收入占规上工业营业收入比重", "装备制造业投资占全部投资比重").Should().Equal(
            ("数字经济核心产业营业收入占规上工业营业收入比重", 2023, 31m), ("装备制造业营业收入占规上工业营业收入比重", 2023, 27.5m));
    }

    [Fact]
    public void the_shares_of_a_list_are_not_read_again_as_figures()
    {
        NewIndicatorRule.Find(Text, new YearContext(2024)).Select(p => p.Name).Should().Equal("数字经济核心产业占规模以上工业营业收入比重", "装备制造业占规模以上工业营业收入比重");
    }
}
