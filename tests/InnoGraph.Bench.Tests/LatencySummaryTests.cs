using InnoGraph.Bench.Floor;

namespace InnoGraph.Bench.Tests;

public sealed class LatencySummaryTests
{
    [Fact]
    public void percentiles_of_one_to_a_hundred_are_their_nearest_ranks()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 100).Select(i => (double)i).Reverse());

        summary.Should().Be(new LatencySummary(100, 50, 95, 99));
    }

    [Fact]
    public void a_small_sample_rounds_the_rank_up()
    {
        double[] sorted = [10, 20, 30, 40];

        LatencySummary.Percentile(sorted, 50).Should().Be(20);
        LatencySummary.Percentile(sorted, 51).Should().Be(30);
        LatencySummary.Percentile(sorted, 95).Should().Be(40);
        LatencySummary.Percentile(sorted, 100).Should().Be(40);
        LatencySummary.Percentile([7], 1).Should().Be(7);
    }

    [Fact]
    public void no_samples_give_no_percentile_and_a_percentile_outside_0_to_100_is_refused()
    {
        double.IsNaN(LatencySummary.Percentile([], 50)).Should().BeTrue();
        ((Action)(() => LatencySummary.Percentile([1], 0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => LatencySummary.Percentile([1], 101))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void the_ratio_is_how_many_times_the_baseline_and_undefined_without_one()
    {
        LatencySummary.Ratio(5, 4).Should().Be(1.25);
        LatencySummary.Ratio(1, 4).Should().Be(0.25);
        double.IsNaN(LatencySummary.Ratio(5, 0)).Should().BeTrue();
    }

    [Fact]
    public void a_measurement_compares_the_medians_and_a_load_the_times()
    {
        var measurement = new QueryMeasurement("q", 0, 1, new LatencySummary(3, 12, 20, 30), new LatencySummary(3, 8, 9, 10), 1, 2, 2, 0, true);
        var load = new LoadMeasurement(0, 10, 20, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10), 100, TimeSpan.FromSeconds(2), 90);

        measurement.Ratio.Should().Be(1.5);
        load.ThroughputRatio.Should().Be(0.8);
        load.SecondShare.Should().Be(0.2);
        load.Rows.Should().Be(30);
    }
}
