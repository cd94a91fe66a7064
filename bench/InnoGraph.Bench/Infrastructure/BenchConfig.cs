using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace InnoGraph.Bench.Infrastructure;

/// <summary>
/// A short job (1 launch, 2 warm-ups, 5 measured iterations) so a whole run stays within minutes on
/// two cores. In-process: the cost measured is Neo4j's and the wire's, and the benchmarks share
/// one server and the round-trip log.
/// </summary>
public class BenchConfig : ManualConfig
{
    public BenchConfig()
        : this(Job.Default)
    {
    }

    protected BenchConfig(Job job)
    {
        AddJob(job
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true)));
        AddColumn(new RoundTripsColumn());
    }
}
