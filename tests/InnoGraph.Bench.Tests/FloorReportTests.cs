using InnoGraph.Bench.Floor;

namespace InnoGraph.Bench.Tests;

public sealed class FloorReportTests
{
    [Fact]
    public void the_soak_reports_memory_and_the_managed_heaps_floor_minute_by_minute()
    {
        var soak = new SoakMeasurement(100_000, 3, 16, 40_000, 135, 151, 152) { ByMinute = [146, 150, 151], ManagedFloorByMinute = [20.31, 21, 20.5] };
        var results = new FloorResults(FloorOptions.Parse(["--sizes", "100000"]), DateTime.UtcNow, TimeSpan.FromMinutes(5), "1.00", "1.00", [], [], soak, new Dictionary<int, int>());

        var report = FloorReport.Write(results, "plot.png");

        report.Should().Contain("**135 MiB before, 151 MiB after** (highest seen 152 MiB)");
        report.Should().Contain("At the end of each minute: 146, 150, 151 MiB.");
        report.Should().Contain("(what stays alive between collections): 20.3, 21.0, 20.5 MiB.");
    }

    [Fact]
    public void loads_measured_in_alternating_rounds_say_so_and_give_each_sides_fastest()
    {
        var load = new LoadMeasurement(0, 10, 20, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10), 100, TimeSpan.FromSeconds(2), 90) { Rounds = 2 };
        var results = new FloorResults(FloorOptions.Parse(["--sizes", "0"]), DateTime.UtcNow, TimeSpan.FromMinutes(5), "1.00", "1.00", [load], [], null, new Dictionary<int, int>());

        var report = FloorReport.Write(results, "plot.png");

        report.Should().Contain("Each ran 2 times, in alternating order");
        report.Should().Contain("| seed | 10 | 20 | 8.0 s | 10.0 s | 0.80 |");
    }
}
