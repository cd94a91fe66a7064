using BenchmarkDotNet.Jobs;

namespace InnoGraph.Bench.Infrastructure;

/// <summary>
/// <see cref="BenchConfig"/> with one operation per iteration, for benchmarks that reset the graph
/// before each iteration and whose one operation lasts long enough to be timed alone.
/// </summary>
public sealed class SingleInvocationConfig : BenchConfig
{
    public SingleInvocationConfig()
        : base(Job.Default.WithInvocationCount(1).WithUnrollFactor(1))
    {
    }
}
