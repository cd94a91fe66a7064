namespace InnoGraph.Neo4j.Local;

/// <summary>What the state file records about the detached server so that later CLI runs can find and stop it.</summary>
internal sealed record DetachedServerRecord(
    int ProcessId,
    int HttpPort,
    int BoltPort,
    string DataDirectory,
    string InstanceDirectory,
    string Version,
    DateTimeOffset StartedAt)
{
    public InstanceLayout Layout => new(InstanceDirectory, DataDirectory, EphemeralData: false);

    public bool IsAlive => UnixProcess.IsNeo4jWithConf(ProcessId, Layout.ConfDirectory);
}
