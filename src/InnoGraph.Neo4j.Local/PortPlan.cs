namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Decides the ports of a start. A persistent data directory keeps the ports it was last served on; a port given
/// explicitly wins and is recorded for later starts. A recorded port that something else now holds is an error that
/// says so, rather than a silent move to new ports that would strand every client still pointing at the old address.
/// </summary>
internal static class PortPlan
{
    private static readonly TimeSpan RecordedPortGrace = TimeSpan.FromSeconds(5);

    /// <summary>Reserves the ports of this start by binding them (see <see cref="FreePort"/>).</summary>
    public static PortReservation Reserve(LocalNeo4jOptions options)
    {
        var recorded = Recorded(options);
        var http = options.HttpPort != 0 ? options.HttpPort : recorded?.Http ?? 0;
        var bolt = options.BoltPort != 0 ? options.BoltPort : recorded?.Bolt ?? 0;
        if (http != 0 && http == bolt)
        {
            // An explicit HTTP port may be the recorded Bolt port; only an explicit pair may clash.
            bolt = options.BoltPort;
        }

        var usesRecorded = recorded is not null && ((options.HttpPort == 0 && http == recorded.Http) || (options.BoltPort == 0 && bolt == recorded.Bolt));
        try
        {
            return usesRecorded ? ReserveRecorded(http, bolt) : FreePort.Reserve(http, bolt);
        }
        catch (LocalNeo4jException e) when (usesRecorded)
        {
            throw new LocalNeo4jException(
                $"A port recorded for the data directory {options.DataDirectory} (HTTP {recorded!.Http}, Bolt {recorded.Bolt}, in " +
                $"{PortsFile.PathFor(Path.GetFullPath(options.DataDirectory!))}) is in use by another program: stop that program, " +
                "or start on another HTTP port (innograph neo4j start --port N), which is then recorded for later starts.",
                e);
        }
    }

    /// <summary>Records the reserved ports with a persistent data directory, for the next start.</summary>
    public static void Record(LocalNeo4jOptions options, PortReservation reservation)
    {
        var ports = new RecordedPorts(reservation.Http, reservation.Bolt);
        if (options.DataDirectory is { } directory && ports != Recorded(options))
        {
            PortsFile.Write(Path.GetFullPath(directory), ports);
        }
    }

    private static RecordedPorts? Recorded(LocalNeo4jOptions options) =>
        options.DataDirectory is { } data ? PortsFile.Read(Path.GetFullPath(data)) : null;

    /// <summary>
    /// A JVM that was just killed keeps its sockets for a moment after its main thread is reported dead (the other
    /// threads are still being torn down), so a restart right after a crash waits a little for the recorded ports.
    /// </summary>
    private static PortReservation ReserveRecorded(int http, int bolt)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return FreePort.Reserve(http, bolt);
            }
            catch (LocalNeo4jException) when (waited.Elapsed < RecordedPortGrace)
            {
                Thread.Sleep(100);
            }
        }
    }
}
