using System.Diagnostics;
using InnoGraph.Testing;

namespace InnoGraph.Neo4j.Local.Tests;

/// <summary>The run guard kills what tests left behind, and nothing else.</summary>
public sealed class TestProcessGuardTests
{
    [Fact]
    public void a_neo4j_under_a_tests_cache_is_killed_and_one_elsewhere_is_left_alone()
    {
        using var cache = new TemporaryDirectory();
        using var elsewhere = new TemporaryDirectory();
        using var left = LookAlike(Path.Combine(cache.Path, "instances", "x", "conf"), owner: null);
        using var other = LookAlike(Path.Combine(elsewhere.Path, "instances", "x", "conf"), owner: null);
        try
        {
            TestProcessGuard.KillNeo4jUnder(cache.Path).Should().Be(1);

            left.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();
            other.HasExited.Should().BeFalse("a Neo4j outside the tests' cache is not the tests'");
        }
        finally
        {
            Stop(left);
            Stop(other);
        }
    }

    [Fact]
    public void a_process_of_a_test_host_that_is_gone_is_killed_and_one_of_a_live_host_is_not()
    {
        using var orphan = LookAlike("/nowhere/conf", owner: "local/999999999/0");
        using var ours = LookAlike("/nowhere/conf", owner: TestProcessGuard.Owner);
        using var unmarked = LookAlike("/nowhere/conf", owner: null);
        try
        {
            TestProcessGuard.KillOrphans();

            orphan.WaitForExit(TimeSpan.FromMinutes(1)).Should().BeTrue();
            ours.HasExited.Should().BeFalse("its test host is this one, still running");
            unmarked.HasExited.Should().BeFalse("a process without the mark was not started by a test");
        }
        finally
        {
            Stop(orphan);
            Stop(ours);
            Stop(unmarked);
        }
    }

    /// <summary>A process whose command line looks like the launcher's java, with the given mark (or none).</summary>
    private static Process LookAlike(string confDirectory, string? owner)
    {
        // `echo` and `read` are built into the shell, so there is no child to leave behind: the shell waits on its stdin
        // until killed. The line it prints says its exec is complete: Process.Start returns before the kernel has filled
        // in /proc/<pid>/cmdline and environ, which the guard reads.
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", "echo started; read line", "sh", UnixProcess.Neo4jMainClass, "--config-dir=" + confDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove(TestProcessGuard.OwnerVariable);
        if (owner is not null)
        {
            start.Environment[TestProcessGuard.OwnerVariable] = owner;
        }

        var process = Process.Start(start)!;
        if (process.StandardOutput.ReadLine() != "started")
        {
            Stop(process);
            throw new InvalidOperationException("The look-alike shell did not start.");
        }

        return process;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
