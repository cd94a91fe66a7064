using InnoGraph.Neo4j.Client;

namespace InnoGraph.Neo4j.Http;

/// <summary>A parsed response of the transactional endpoint (or of the Query API, which has one result).</summary>
internal sealed record TransactionResponse(IReadOnlyList<CypherResult> Results, IReadOnlyList<Neo4jError> Errors, Uri? TransactionUri);
