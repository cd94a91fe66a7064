namespace InnoGraph.Api.Execution;

/// <summary>A statement the request sent, for the development response extension.</summary>
internal sealed record ExecutedStatement(string Field, string Cypher, double Milliseconds);
