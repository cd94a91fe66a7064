namespace InnoGraph.Neo4j.Local;

/// <summary>What became of the detached local Neo4j recorded in the cache.</summary>
public enum LocalNeo4jState
{
    /// <summary>No detached server is recorded.</summary>
    Stopped,

    /// <summary>The recorded server process is alive.</summary>
    Running,

    /// <summary>A server is recorded but its process is gone (or is no longer that Neo4j).</summary>
    Stale,
}
