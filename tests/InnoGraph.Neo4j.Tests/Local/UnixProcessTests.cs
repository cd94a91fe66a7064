using System.Diagnostics;
using InnoGraph.Neo4j.Local;

namespace InnoGraph.Neo4j.Tests.Local;

public sealed class UnixProcessTests
{
    [Fact]
    public void this_process_is_alive_but_is_not_a_neo4j()
    {
        UnixProcess.IsAlive(Environment.ProcessId).Should().BeTrue();
        UnixProcess.IsNeo4jWithConf(Environment.ProcessId, "/conf").Should().BeFalse();
    }

    [Fact]
    public async Task an_exited_process_is_not_alive()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        await process.WaitForExitAsync();

        (await UnixProcess.WaitForExitAsync(process.Id, TimeSpan.FromSeconds(30), CancellationToken.None)).Should().BeTrue();
        UnixProcess.IsAlive(process.Id).Should().BeFalse();
    }
}
