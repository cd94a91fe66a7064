namespace InnoGraph.Neo4j.Local;

/// <summary>
/// The directories of one running server: its own conf, logs and work directories under
/// <c>&lt;cache&gt;/instances/&lt;id&gt;</c>, and the data directory (inside it when ephemeral).
/// </summary>
internal sealed record InstanceLayout(string InstanceDirectory, string DataDirectory, bool EphemeralData)
{
    public const string JavaPidFileName = "java.pid";

    public string ConfDirectory => Path.Combine(InstanceDirectory, "conf");

    public string LogsDirectory => Path.Combine(InstanceDirectory, "logs");

    public string ConsoleLog => Path.Combine(LogsDirectory, "neo4j.log");

    public string DebugLog => Path.Combine(LogsDirectory, "debug.log");

    public string JavaPidFile => Path.Combine(InstanceDirectory, JavaPidFileName);

    public static string InstancesRoot(string cacheDirectory) => Path.Combine(cacheDirectory, "instances");

    public static InstanceLayout Create(string cacheDirectory, string? dataDirectory)
    {
        var id = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var instance = Path.Combine(InstancesRoot(cacheDirectory), id);
        var layout = dataDirectory is null
            ? new InstanceLayout(instance, Path.Combine(instance, "data"), EphemeralData: true)
            : new InstanceLayout(instance, Path.GetFullPath(dataDirectory), EphemeralData: false);

        foreach (var directory in new[] { instance, layout.ConfDirectory, layout.LogsDirectory, layout.DataDirectory })
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return layout;
    }

    public void Delete()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (Directory.Exists(InstanceDirectory))
                {
                    Directory.Delete(InstanceDirectory, recursive: true);
                }

                return;
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && attempt < 5)
            {
                // A file may still be being removed by the watchdog or written by a stopping JVM.
                Thread.Sleep(100);
            }
        }
    }
}
