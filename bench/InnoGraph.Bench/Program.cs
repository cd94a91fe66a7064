using BenchmarkDotNet.Running;
using InnoGraph.Bench.Infrastructure;

try
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchNeo4j).Assembly).Run(args);
}
finally
{
    await BenchNeo4j.StopAsync();
}
