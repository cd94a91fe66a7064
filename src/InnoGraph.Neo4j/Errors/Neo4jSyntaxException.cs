namespace InnoGraph.Neo4j.Errors;

/// <summary>The Cypher text is not valid (Neo.ClientError.Statement.SyntaxError).</summary>
public sealed class Neo4jSyntaxException(string code, string message) : Neo4jException(code, message);
