namespace InnoGraph.Bench.Floor;

/// <summary>
/// One question asked two ways: a GraphQL request to the API and a hand-written Cypher statement
/// (<c>cypher/floor/NAME.cypher</c>) sent straight to Neo4j. Both answers are reduced to the entity ids
/// they name and the relations they hold (<see cref="Answer"/>), which must agree.
/// </summary>
/// <param name="Name">The query's name in the report, e.g. <c>taskOwners</c>.</param>
/// <param name="GraphQL">The GraphQL document; it selects no <c>id</c> but the answer's entity ids.</param>
/// <param name="Variables">The GraphQL variables.</param>
/// <param name="Cypher">The name of the floor Cypher file; its rows hold ids, or lists of ids and an <c>edges</c> column.</param>
/// <param name="Parameters">The Cypher parameters.</param>
public sealed record QueryCase(
    string Name,
    string GraphQL,
    IReadOnlyDictionary<string, object?> Variables,
    string Cypher,
    IReadOnlyDictionary<string, object?> Parameters);
