using BenchmarkDotNet.Running;
using InnoGraph.Bench.Floor;
using InnoGraph.Bench.Infrastructure;

// `floor` is the end-to-end comparison with hand-written Cypher and the load at scale (bench/README.md);
// anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "floor")
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    return await FloorBenchmark.RunAsync(FloorOptions.Parse(args[1..]), cancel.Token);
}

try
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchNeo4j).Assembly).Run(args);
}
finally
{
    await BenchNeo4j.StopAsync();
}

return 0;
