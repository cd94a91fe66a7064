using InnoGraph.Neo4j.Local;

// Usage: InnoGraph.Neo4j.LauncherProbe <cache directory>
// Prints "pid <java pid>" and "data <data directory>" once the server is ready, then waits until it is killed.
var server = await LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { CacheDirectory = args[0], HeapMegabytes = 256 });
Console.WriteLine($"pid {server.ProcessId}");
Console.WriteLine($"data {server.DataDirectory}");
Console.Out.Flush();
await Task.Delay(Timeout.Infinite);
