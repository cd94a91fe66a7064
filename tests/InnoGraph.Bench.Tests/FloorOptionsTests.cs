using InnoGraph.Bench.Floor;

namespace InnoGraph.Bench.Tests;

public sealed class FloorOptionsTests
{
    [Fact]
    public void quick_measures_the_seed_and_100k_with_a_short_soak_and_full_soaks_ten_minutes()
    {
        var quick = FloorOptions.Parse(["--quick"]);
        var full = FloorOptions.Parse(["--full"]);

        quick.Sizes.Should().Equal(0, 100_000);
        quick.SoakMinutes.Should().BeLessThan(10);
        full.SoakMinutes.Should().Be(10);
        full.Concurrencies.Should().Equal(1, 16);
    }

    [Fact]
    public void the_million_is_added_by_option_and_sizes_can_be_given()
    {
        FloorOptions.Parse(["--full", "--with-1m"]).Sizes.Should().Equal(0, 100_000, 1_000_000);
        FloorOptions.Parse(["--sizes", "0,10000", "--soak-minutes", "0.5"]).Should().Match<FloorOptions>(o => o.Sizes.SequenceEqual(new[] { 0, 10_000 }) && o.SoakMinutes == 0.5);
    }

    [Fact]
    public void the_options_are_kept_as_given_for_the_report()
    {
        FloorOptions.Parse(["--sizes", "0,10000", "--neo4j-heap", "12000"]).Arguments.Should().Equal("--sizes", "0,10000", "--neo4j-heap", "12000");
    }

    [Fact]
    public void an_unknown_option_is_refused()
    {
        ((Action)(() => FloorOptions.Parse(["--fast"]))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void sizes_are_named_as_the_report_names_them()
    {
        FloorReport.Size(0).Should().Be("seed");
        FloorReport.Size(100_000).Should().Be("seed + 100k");
        FloorReport.Size(1_000_000).Should().Be("seed + 1M");
    }

    [Fact]
    public void loads_run_in_two_alternating_rounds_unless_told_otherwise()
    {
        FloorOptions.Parse([]).LoadRounds.Should().Be(2);
        FloorOptions.Parse(["--load-rounds", "3"]).LoadRounds.Should().Be(3);
        FloorOptions.Parse(["--load-rounds", "0"]).LoadRounds.Should().Be(1);
    }
}
