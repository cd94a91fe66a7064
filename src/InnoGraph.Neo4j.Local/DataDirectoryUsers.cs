namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Finds a running Neo4j that already serves a data directory, so that a second start says so in one line instead of
/// dying in Neo4j with a StoreLockException stack trace.
/// </summary>
internal static class DataDirectoryUsers
{
    private const string ConfigDirArgument = "--config-dir=";
    private const string DataSetting = "dbms.directories.data=";

    /// <summary>The pid of a Neo4j JVM whose configuration names this data directory; null when there is none.</summary>
    public static int? FindServer(string dataDirectory)
    {
        var wanted = Normalise(dataDirectory);
        foreach (var entry in SafeProcessDirectories())
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            var arguments = UnixProcess.CommandLine(pid);
            // The watchdog shell carries the same arguments; only the JVM itself holds the store.
            if (arguments.Count == 0 || Path.GetFileName(arguments[0]) != "java" || !arguments.Contains(UnixProcess.Neo4jMainClass))
            {
                continue;
            }

            var confDirectory = arguments.FirstOrDefault(a => a.StartsWith(ConfigDirArgument, StringComparison.Ordinal))?[ConfigDirArgument.Length..];
            if (confDirectory is not null && DataDirectoryOf(confDirectory) is { } data && Normalise(data) == wanted && UnixProcess.IsAlive(pid))
            {
                return pid;
            }
        }

        return null;
    }

    /// <summary>The one-line refusal of a second start on the same data.</summary>
    public static LocalNeo4jException InUse(string dataDirectory, int? pid) => new(
        $"The data directory {dataDirectory} is already in use by another running Neo4j{(pid is null ? "" : $" (pid {pid})")}: " +
        "stop it first (innograph neo4j stop, or end that process), or use another data directory.");

    private static string? DataDirectoryOf(string confDirectory)
    {
        try
        {
            var line = File.ReadLines(Path.Combine(confDirectory, "neo4j.conf"))
                .FirstOrDefault(l => l.StartsWith(DataSetting, StringComparison.Ordinal));
            return line?[DataSetting.Length..].Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> SafeProcessDirectories()
    {
        try
        {
            return Directory.GetDirectories("/proc");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
