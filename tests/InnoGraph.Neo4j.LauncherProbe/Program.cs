using InnoGraph.Neo4j.LauncherProbe;
using InnoGraph.Neo4j.Local;

// Usage: InnoGraph.Neo4j.LauncherProbe <cache directory>
// Prints "pid <java pid>" and "data <data directory>" once the server is ready, then waits until it is killed or
// signalled, or until its standard input ends. The test holds that pipe open, and the kernel closes it when the
// test host dies in any way, so a probe never outlives its test run.
DefaultSignals.Restore();
var server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { CacheDirectory = args[0], HeapMegabytes = 256 });
Console.WriteLine($"pid {server.ProcessId}");
Console.WriteLine($"data {server.DataDirectory}");
Console.Out.Flush();
await using (var input = Console.OpenStandardInput())
{
    await input.CopyToAsync(Stream.Null);
}

await server.DisposeAsync();
