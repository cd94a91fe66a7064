using System.Net;
using System.Net.Sockets;

namespace InnoGraph.Neo4j.Local;

/// <summary>
/// The HTTP and Bolt ports of one start, held by bound listeners until <see cref="ReleaseSockets"/> just before
/// Neo4j binds them, and by <see cref="PortLocks"/> against other launchers until the start is over.
/// </summary>
internal sealed class PortReservation : IDisposable
{
    /// <summary>
    /// Called right after the sockets are released. A seam for the test that takes a port in exactly the window
    /// before Neo4j binds it; async-local, so it never reaches a start of another test.
    /// </summary>
    internal static readonly AsyncLocal<Action<PortReservation>?> AfterRelease = new();

    private readonly List<TcpListener> _listeners = [];
    private readonly List<IDisposable> _locks = [];

    public int Http { get; internal set; }

    public int Bolt { get; internal set; }

    /// <summary>True when the HTTP port was chosen here rather than requested.</summary>
    public bool HttpChosen { get; internal set; }

    /// <summary>True when the Bolt port was chosen here rather than requested.</summary>
    public bool BoltChosen { get; internal set; }

    /// <summary>True once Neo4j's log showed that it could not bind a port that was chosen here, so new ports may help.</summary>
    public bool ChosenPortWasTaken { get; private set; }

    /// <summary>Closes the listeners so that Neo4j can bind the ports; the locks stay until <see cref="Dispose"/>.</summary>
    public void ReleaseSockets()
    {
        CloseListeners();
        AfterRelease.Value?.Invoke(this);
    }

    /// <summary>Records whether a failed start failed because a chosen port was bound by someone else meanwhile.</summary>
    public void NoteFailure(string consoleLog)
    {
        ChosenPortWasTaken = (HttpChosen || BoltChosen) && PortBindFailure.IsIn(LogTail.Read(consoleLog, 200));
    }

    public void Dispose()
    {
        CloseListeners();
        foreach (var held in _locks)
        {
            held.Dispose();
        }

        _locks.Clear();
    }

    /// <summary>Binds the first candidate that no other launcher holds and that nothing listens on.</summary>
    internal int Choose(IEnumerator<int> candidates)
    {
        while (candidates.MoveNext())
        {
            var port = candidates.Current;
            if (port == Http || PortLocks.TryAcquire(port) is not { } held)
            {
                continue;
            }

            if (TryBind(port) is { } listener)
            {
                _listeners.Add(listener);
                _locks.Add(held);
                return port;
            }

            held.Dispose();
        }

        // No range to choose from, or all candidates busy: let the kernel pick an ephemeral port.
        var any = TryBind(0) ?? throw new LocalNeo4jException("No free TCP port on 127.0.0.1.");
        _listeners.Add(any);
        return ((IPEndPoint)any.LocalEndpoint).Port;
    }

    /// <summary>Binds a requested port, or says it is taken.</summary>
    internal int Hold(int port)
    {
        var listener = TryBind(port) ?? throw new LocalNeo4jException(
            $"Port {port} on 127.0.0.1 is already in use. Stop what listens there, choose another port, or pass 0 to use a free one.");
        _listeners.Add(listener);
        return port;
    }

    private static TcpListener? TryBind(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            listener.Dispose();
            return null;
        }
    }

    private void CloseListeners()
    {
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }

        _listeners.Clear();
    }
}
