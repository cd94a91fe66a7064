using System.Diagnostics;
using System.Globalization;

namespace InnoGraph.Neo4j.Local;

/// <summary>Starts the Neo4j JVM either as a child guarded by a watchdog or detached from the terminal.</summary>
internal static class ServerProcessLauncher
{
    /// <summary>
    /// Runs java in the background and watches both it and the parent once a second. When the parent is gone
    /// (even after SIGKILL, which no handler in the parent can see) it stops java, escalating to SIGKILL after
    /// 30 s, and removes the ephemeral instance directory. A zombie parent counts as gone.
    /// Arguments: parent pid, console log, directory to remove when orphaned (or empty), then the java command.
    /// </summary>
    internal const string WatchdogScript = """
        parent=$1; log=$2; cleanup=$3; shift 3
        alive() {
          [ -r "/proc/$1/stat" ] || return 1
          read -r stat 2>/dev/null < "/proc/$1/stat" || return 1
          state=${stat##*") "}; state=${state%% *}
          [ "$state" != Z ] && [ "$state" != X ]
        }
        "$@" >>"$log" 2>&1 </dev/null &
        java=$!
        echo "$java"
        trap 'kill -TERM "$java" 2>/dev/null' TERM INT HUP
        while alive "$parent" && alive "$java"; do sleep 1; done
        if alive "$java"; then
          kill -TERM "$java" 2>/dev/null
          n=0
          while alive "$java" && [ "$n" -lt 30 ]; do sleep 1; n=$((n+1)); done
          kill -KILL "$java" 2>/dev/null
        fi
        wait "$java"
        code=$?
        if [ -n "$cleanup" ] && ! alive "$parent"; then rm -rf -- "$cleanup"; fi
        exit "$code"
        """;

    /// <summary>Starts java under setsid, detached from the terminal so that neither Ctrl-C there nor its closing reach it, and returns at once.</summary>
    internal const string DetachScript = """
        log=$1; shift
        if command -v setsid >/dev/null 2>&1; then
          setsid "$@" >>"$log" 2>&1 </dev/null &
        else
          trap '' HUP INT
          "$@" >>"$log" 2>&1 </dev/null &
        fi
        echo "$!"
        """;

    public static async Task<(int JavaPid, Process Watchdog)> StartChildAsync(
        string java, IReadOnlyList<string> javaArguments, InstanceLayout layout, int parentPid, CancellationToken cancellationToken)
    {
        var cleanup = layout.EphemeralData ? layout.InstanceDirectory : string.Empty;
        var process = Start(
            WatchdogScript,
            [parentPid.ToString(CultureInfo.InvariantCulture), layout.ConsoleLog, cleanup, java, .. javaArguments]);
        var javaPid = await ReadPidAsync(process, cancellationToken);
        return (javaPid, process);
    }

    public static async Task<int> StartDetachedAsync(
        string java, IReadOnlyList<string> javaArguments, InstanceLayout layout, CancellationToken cancellationToken)
    {
        using var process = Start(DetachScript, [layout.ConsoleLog, java, .. javaArguments]);
        var javaPid = await ReadPidAsync(process, cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return javaPid;
    }

    private static Process Start(string script, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("innograph-neo4j");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new LocalNeo4jException("Could not start /bin/sh to launch Neo4j.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new LocalNeo4jException($"Could not start /bin/sh to launch Neo4j: {e.Message}.", e);
        }
    }

    private static async Task<int> ReadPidAsync(Process process, CancellationToken cancellationToken)
    {
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 0)
        {
            throw new LocalNeo4jException($"Could not start the Neo4j JVM (launcher printed '{line}'). Check that `java -version` works.");
        }

        return pid;
    }
}
