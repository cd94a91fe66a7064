namespace InnoGraph.Neo4j.Local;

/// <summary>Removes instance directories whose JVM is gone, e.g. after a machine crash.</summary>
internal static class StaleInstances
{
    // An instance without a pid file is either being started right now or was interrupted before java ran.
    private static readonly TimeSpan StartingGrace = TimeSpan.FromHours(1);

    public static void Sweep(string cacheDirectory)
    {
        var root = InstanceLayout.InstancesRoot(cacheDirectory);
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var directory in Directory.GetDirectories(root))
        {
            var layout = new InstanceLayout(directory, Path.Combine(directory, "data"), EphemeralData: true);
            if (IsStale(layout))
            {
                layout.Delete();
            }
        }
    }

    private static bool IsStale(InstanceLayout layout)
    {
        try
        {
            if (File.Exists(layout.JavaPidFile))
            {
                return !int.TryParse(File.ReadAllText(layout.JavaPidFile).Trim(), out var pid) ||
                       !UnixProcess.IsNeo4jWithConf(pid, layout.ConfDirectory);
            }

            return DateTime.UtcNow - Directory.GetCreationTimeUtc(layout.InstanceDirectory) > StartingGrace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
