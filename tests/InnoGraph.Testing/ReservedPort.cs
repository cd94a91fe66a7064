using InnoGraph.Neo4j.Local;

namespace InnoGraph.Testing;

/// <summary>
/// A loopback port a test may bind, close and bind again. It is chosen as the launcher chooses Neo4j's ports: below
/// the ephemeral range, so no outgoing connection or <c>bind(0)</c> on the machine gets it meanwhile, and locked
/// against the launchers of other processes until disposed.
/// </summary>
public sealed class ReservedPort : IDisposable
{
    private readonly PortReservation _reservation;

    public ReservedPort()
    {
        _reservation = FreePort.Reserve(0, 0);
        _reservation.ReleaseSockets();
    }

    public int Port => _reservation.Http;

    public void Dispose() => _reservation.Dispose();
}
