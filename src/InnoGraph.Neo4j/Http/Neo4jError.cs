namespace InnoGraph.Neo4j.Http;

/// <summary>One entry of the <c>errors</c> array of a Neo4j HTTP response.</summary>
/// <remarks>3.x adds a <c>stackTrace</c> to database errors; it is kept only to recognise an OutOfMemoryError, never shown.</remarks>
internal sealed record Neo4jError(string Code, string Message, string? StackTrace = null);
