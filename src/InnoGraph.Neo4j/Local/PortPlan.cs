namespace InnoGraph.Neo4j.Local;

/// <summary>
/// Decides the ports of a start. A persistent data directory keeps the ports it was last served on; a port given
/// explicitly wins and is recorded for later starts. A recorded port that something else now holds is an error that
/// says so, rather than a silent move to new ports that would strand every client still pointing at the old address.
/// </summary>
internal static class PortPlan
{
    private static readonly TimeSpan RecordedPortGrace = TimeSpan.FromSeconds(5);

    public static RecordedPorts Choose(LocalNeo4jOptions options)
    {
        var recorded = options.DataDirectory is { } data ? PortsFile.Read(Path.GetFullPath(data)) : null;
        var http = options.HttpPort != 0 ? options.HttpPort : recorded?.Http ?? 0;
        var bolt = options.BoltPort != 0 ? options.BoltPort : recorded?.Bolt ?? 0;
        if (http != 0 && http == bolt)
        {
            // An explicit HTTP port may be the recorded Bolt port; only an explicit pair may clash.
            bolt = options.BoltPort;
        }

        var usesRecorded = recorded is not null && ((options.HttpPort == 0 && http == recorded.Http) || (options.BoltPort == 0 && bolt == recorded.Bolt));
        (int Http, int Bolt) chosen;
        try
        {
            chosen = usesRecorded ? ChooseRecorded(http, bolt) : FreePort.Choose(http, bolt);
        }
        catch (LocalNeo4jException e) when (usesRecorded)
        {
            throw new LocalNeo4jException(
                $"A port recorded for the data directory {options.DataDirectory} (HTTP {recorded!.Http}, Bolt {recorded.Bolt}, in " +
                $"{PortsFile.PathFor(Path.GetFullPath(options.DataDirectory!))}) is in use by another program: stop that program, " +
                "or start on another HTTP port (innograph neo4j start --port N), which is then recorded for later starts.",
                e);
        }

        var ports = new RecordedPorts(chosen.Http, chosen.Bolt);
        if (options.DataDirectory is { } directory && ports != recorded)
        {
            PortsFile.Write(Path.GetFullPath(directory), ports);
        }

        return ports;
    }

    /// <summary>
    /// A JVM that was just killed keeps its sockets for a moment after its main thread is reported dead (the other
    /// threads are still being torn down), so a restart right after a crash waits a little for the recorded ports.
    /// </summary>
    private static (int Http, int Bolt) ChooseRecorded(int http, int bolt)
    {
        var deadline = DateTime.UtcNow + RecordedPortGrace;
        while (true)
        {
            try
            {
                return FreePort.Choose(http, bolt);
            }
            catch (LocalNeo4jException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }
}
