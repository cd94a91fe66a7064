namespace InnoGraph.Neo4j.Local;

/// <summary>The status of the detached local Neo4j, as read from the state file in the cache.</summary>
/// <param name="State">Running, stopped or stale.</param>
/// <param name="ProcessId">The Java process id, when a server is recorded.</param>
/// <param name="HttpUri">The HTTP address, when a server is recorded.</param>
/// <param name="DataDirectory">The data directory, when a server is recorded.</param>
/// <param name="StateFile">The state file that was read.</param>
/// <param name="OwnerProcessId">The pid of the <c>innograph serve</c> that started the server and stops it when it exits; null for one started by <c>neo4j start</c>.</param>
public sealed record LocalNeo4jStatus(
    LocalNeo4jState State,
    int? ProcessId,
    Uri? HttpUri,
    string? DataDirectory,
    string StateFile,
    int? OwnerProcessId = null);
