namespace InnoGraph.Neo4j.Local;

/// <summary>How a server is started: its lifetime and whether the state file records it.</summary>
internal enum StartMode
{
    /// <summary>A child of this process, not recorded (tests).</summary>
    Child,

    /// <summary>A child of this process, recorded in the state file as owned by it (<c>serve</c>).</summary>
    RegisteredChild,

    /// <summary>Outlives this process and is recorded (<c>neo4j start</c>).</summary>
    Detached,
}
