namespace InnoGraph.Neo4j.Errors;

/// <summary>Authentication failed or the user may not do this (Neo.ClientError.Security.*). Check NEO4J_USER and NEO4J_PASSWORD.</summary>
public sealed class Neo4jAuthenticationException(string code, string message) : Neo4jException(code, message);
