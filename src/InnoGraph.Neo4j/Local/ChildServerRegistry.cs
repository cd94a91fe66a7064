using System.Collections.Concurrent;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Stops the child servers of this process when it exits normally, on SIGTERM or on Ctrl-C.
/// Death by SIGKILL is covered by the watchdog shell instead.
/// </summary>
internal static class ChildServerRegistry
{
    private static readonly ConcurrentDictionary<LocalNeo4jServer, byte> Servers = new();
    private static int _hooked;

    public static void Register(LocalNeo4jServer server)
    {
        if (Interlocked.Exchange(ref _hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
            Console.CancelKeyPress += (_, _) => StopAll();
        }

        Servers.TryAdd(server, 0);
    }

    public static void Unregister(LocalNeo4jServer server) => Servers.TryRemove(server, out _);

    private static void StopAll()
    {
        foreach (var server in Servers.Keys)
        {
            server.StopOnExit();
        }
    }
}
