namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Keeps launchers in different processes from choosing the same port while one of them is starting a server on it:
/// each chosen port is covered by an exclusive lock on one of 64 files in the temporary directory, held until the
/// start is over (by then Neo4j has bound the port). The kernel drops the lock when its holder dies.
/// </summary>
internal static class PortLocks
{
    private const int Files = 64;

    /// <summary>The lock covering the port, or null when another process holds it. Without a usable lock directory every port is free to choose.</summary>
    public static IDisposable? TryAcquire(int port)
    {
        var directory = Path.Combine(Path.GetTempPath(), "innograph-port-locks-" + Environment.UserName);
        var path = Path.Combine(directory, (port % Files).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".lock");
        try
        {
            Directory.CreateDirectory(directory);
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NoLock.Instance;
        }
    }

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
