using System.Diagnostics;

namespace InnoGraph.Neo4j.Local.Tests;

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

    [Fact]
    public void a_process_that_only_carries_the_neo4j_arguments_is_not_taken_for_the_neo4j_jvm()
    {
        // The watchdog shell passes java's arguments along, so its command line holds the same words.
        // `echo` and `read` are built into the shell: no child, and the line it prints says its exec is complete
        // (Process.Start returns before the kernel has filled in /proc/<pid>/cmdline).
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "echo started; read line", "x", UnixProcess.Neo4jMainClass, "--config-dir=/conf" })
        {
            start.ArgumentList.Add(argument);
        }

        using var shell = Process.Start(start)!;
        try
        {
            shell.StandardOutput.ReadLine().Should().Be("started");
            UnixProcess.CommandLine(shell.Id).Should().Contain("--config-dir=/conf");
            UnixProcess.IsNeo4jWithConf(shell.Id, "/conf").Should().BeFalse();
        }
        finally
        {
            shell.Kill();
        }
    }
}
