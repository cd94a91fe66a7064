namespace InnoGraph.Neo4j.Http;

/// <summary>One entry of the <c>errors</c> array of a Neo4j HTTP response.</summary>
internal sealed record Neo4jError(string Code, string Message);
