using System.Diagnostics;

namespace InnoGraph.Testing;

/// <summary>
/// Makes sure no process a test started outlives the test run, even when a test failed before its own cleanup or
/// the test host was killed.
/// </summary>
/// <remarks>
/// The test host puts <c>INNOGRAPH_TEST_OWNER=&lt;run&gt;/&lt;pid&gt;/&lt;start time&gt;</c> into its environment,
/// so every process started from it — the launcher's watchdog and java, the probe, the CLI, and whatever those start —
/// carries the mark in <c>/proc/&lt;pid&gt;/environ</c>. On exit the host kills every process with its mark; on start
/// it kills those whose host is gone (a run that was killed). A Neo4j started by hand, with
/// <c>innograph neo4j start</c> or by another program, has no mark and is never touched. <c>&lt;run&gt;</c> is
/// <c>INNOGRAPH_TEST_RUN</c> when set (<c>.ci/run</c> sets it and sweeps its run afterwards), else <c>local</c>.
/// </remarks>
public static class TestProcessGuard
{
    public const string OwnerVariable = "INNOGRAPH_TEST_OWNER";
    public const string RunVariable = "INNOGRAPH_TEST_RUN";

    private static readonly Lock Gate = new();
    private static readonly List<Action> ExitActions = [];
    private static string? _owner;

    /// <summary>The mark of this test host; installs the guard on first use.</summary>
    public static string Owner
    {
        get
        {
            Install();
            return _owner!;
        }
    }

    /// <summary>Marks this host's future child processes and arranges for them to be killed on exit. Idempotent.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_owner is not null)
            {
                return;
            }

            var run = Environment.GetEnvironmentVariable(RunVariable) is { Length: > 0 } given ? given.Replace('/', '_') : "local";
            var pid = Environment.ProcessId;
            _owner = $"{run}/{pid}/{ProcessTable.StartTime(pid)}";
            Environment.SetEnvironmentVariable(OwnerVariable, _owner);
            if (OperatingSystem.IsLinux())
            {
                KillOrphans();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => OnExit();
            }
        }
    }

    /// <summary>Runs after the leftovers are killed when the host exits, e.g. to delete a directory they used.</summary>
    public static void AtExit(Action action)
    {
        Install();
        lock (Gate)
        {
            ExitActions.Add(action);
        }
    }

    /// <summary>Kills the marked processes of test hosts that are gone; returns how many there were.</summary>
    public static int KillOrphans() => KillMarked(IsOrphaned);

    /// <summary>Kills every process of this host that is still running now; returns how many there were.</summary>
    public static int KillLeftovers() => KillMarked(owner => owner == _owner);

    /// <summary>
    /// Kills every Neo4j JVM whose conf directory lies under <paramref name="directory"/>, a cache of the tests' own:
    /// what a test left running there, detached or not. Returns how many there were.
    /// </summary>
    public static int KillNeo4jUnder(string directory)
    {
        var prefix = "--config-dir=" + Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
        return KillWhere(pid =>
        {
            var arguments = ProcessTable.CommandLine(pid);
            return arguments.Contains("org.neo4j.server.CommunityEntryPoint") && arguments.Any(a => a.StartsWith(prefix, StringComparison.Ordinal));
        });
    }

    private static void OnExit()
    {
        KillLeftovers();
        lock (Gate)
        {
            foreach (var action in ExitActions)
            {
                try
                {
                    action();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Best effort while the process exits.
                }
            }
        }
    }

    /// <summary>A mark of a host that is no longer running (a pid that is gone, or reused by a process started later).</summary>
    private static bool IsOrphaned(string owner)
    {
        var parts = owner.Split('/');
        return parts.Length == 3 &&
               int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var host) &&
               ProcessTable.StartTime(host) != parts[2];
    }

    private static int KillMarked(Func<string, bool> isLeftover) =>
        KillWhere(pid => ProcessTable.Variable(pid, OwnerVariable) is { } owner && isLeftover(owner));

    private static int KillWhere(Func<int, bool> isLeftover)
    {
        var killed = new List<(int Pid, string? Start)>();
        foreach (var pid in ProcessTable.Ids())
        {
            if (pid == Environment.ProcessId || !isLeftover(pid))
            {
                continue;
            }

            try
            {
                var start = ProcessTable.StartTime(pid);
                using var process = Process.GetProcessById(pid);
                process.Kill();
                killed.Add((pid, start));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // It exited meanwhile.
            }
        }

        // SIGKILL is delivered asynchronously; wait until they are gone so that their files can be deleted.
        var clock = Stopwatch.StartNew();
        while (killed.Exists(k => k.Start is not null && ProcessTable.StartTime(k.Pid) == k.Start) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(50);
        }

        return killed.Count;
    }
}
