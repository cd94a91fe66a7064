namespace InnoGraph.Neo4j.Local;

/// <summary>
/// What the state file records about the local server so that later CLI runs can find and stop it: a detached one
/// (<c>neo4j start</c>, no owner) or the child of a running <c>serve</c> (<see cref="OwnerProcessId"/>), which stops with it.
/// </summary>
internal sealed record DetachedServerRecord(
    int ProcessId,
    int HttpPort,
    int BoltPort,
    string DataDirectory,
    string InstanceDirectory,
    string Version,
    DateTimeOffset StartedAt,
    int? OwnerProcessId = null,
    int? HeapMegabytes = null)
{
    public InstanceLayout Layout => new(InstanceDirectory, DataDirectory, EphemeralData: false);

    public bool IsAlive => UnixProcess.IsNeo4jWithConf(ProcessId, Layout.ConfDirectory);
}
