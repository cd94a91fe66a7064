using InnoGraph.Ingestion.Rules.Indicators;

namespace InnoGraph.Ingestion.Tests;

public sealed class DerivedIndicatorTests
{
    [Fact]
    public void a_rank_read_after_an_indicator_is_named_by_that_indicators_name_and_its_own_words()
    {
        var derived = DerivedIndicator.Of("ind.index" + IndicatorValueRule.Derived + Rank.Suffix);

        derived.Should().Be(new DerivedIndicator("ind.index", "排名"));
        derived!.Name(id => id == "ind.index" ? "创新指数" : null).Should().Be("创新指数排名");
        derived.Name(_ => null).Should().BeNull();
        DerivedIndicator.Of("ind.index").Should().BeNull();
    }
}
