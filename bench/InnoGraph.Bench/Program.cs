using BenchmarkDotNet.Running;
using InnoGraph.Bench.Floor;
using InnoGraph.Bench.Infrastructure;
using InnoGraph.Bench.Overhead;

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

// `overhead` is the stage-by-stage breakdown of one request on the seed graph (bench/README.md).
if (args.Length > 0 && args[0] == "overhead")
{
    return await OverheadBenchmark.RunAsync(args[1..], CancellationToken.None);
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
