using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Stops the child servers of this process when it exits normally, on SIGTERM, SIGINT (Ctrl-C), SIGHUP or SIGQUIT.
/// Death by SIGKILL is covered by the watchdog shell instead.
/// </summary>
internal static class ChildServerRegistry
{
    private static readonly ConcurrentDictionary<LocalNeo4jServer, byte> Servers = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static int _hooked;

    public static void Register(LocalNeo4jServer server)
    {
        if (Interlocked.Exchange(ref _hooked, 1) == 0)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
            Console.CancelKeyPress += (_, _) => StopAll();

            // Without an explicit registration the runtime may leave SIGTERM at its default action, which ends the
            // process without raising ProcessExit. The handlers do not cancel the signal, so the process still ends.
            if (OperatingSystem.IsLinux())
            {
                foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
                {
                    Registrations.Add(PosixSignalRegistration.Create(signal, _ => StopAll()));
                }
            }
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
