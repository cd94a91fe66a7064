using System.Runtime.InteropServices;

namespace InnoGraph.Neo4j.Local;

/// <summary>Signals and inspects processes by id through <c>kill(2)</c> and <c>/proc</c> (Linux).</summary>
internal static class UnixProcess
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public const string Neo4jMainClass = "org.neo4j.server.CommunityEntryPoint";

    /// <summary>True when the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        // The state follows the command name, which is in parentheses and may itself contain ") ".
        var afterName = stat.LastIndexOf(')');
        var state = afterName >= 0 && afterName + 2 < stat.Length ? stat[afterName + 2] : '?';
        return state is not ('Z' or 'X');
    }

    public static IReadOnlyList<string> CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>True when the process is the Neo4j JVM started with that conf directory, so a recycled pid is never signalled.</summary>
    public static bool IsNeo4jWithConf(int pid, string confDirectory)
    {
        var arguments = CommandLine(pid);
        return arguments.Count > 0 &&
               Path.GetFileName(arguments[0]) == "java" &&
               IsAlive(pid) &&
               arguments.Contains(Neo4jMainClass) &&
               arguments.Contains("--config-dir=" + confDirectory);
    }

    public static void Signal(int pid, int signal) => _ = Kill(pid, signal);

    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsAlive(pid))
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(100, cancellationToken);
        }

        return true;
    }

    // DllImport rather than LibraryImport: the generated marshalling of LibraryImport needs unsafe code, and kill(2) takes two ints.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
