namespace InnoGraph.Api.GraphQL.Queries;

/// <summary>A root query field; most are <see cref="ReadField"/>s, answered from Neo4j.</summary>
internal abstract class QueryField : DeclaredField;
