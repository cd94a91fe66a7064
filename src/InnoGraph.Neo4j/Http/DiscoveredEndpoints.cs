using InnoGraph.Neo4j.Client;

namespace InnoGraph.Neo4j.Http;

/// <summary>What discovery found, plus the Query API path where the server has one.</summary>
internal sealed record DiscoveredEndpoints(ServerInfo Info, string? QueryApiPath);
