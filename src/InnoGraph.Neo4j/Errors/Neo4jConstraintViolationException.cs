namespace InnoGraph.Neo4j.Errors;

/// <summary>A write broke a schema constraint, e.g. a second entity with an existing id.</summary>
public sealed class Neo4jConstraintViolationException(string code, string message) : Neo4jException(code, message);
