namespace InnoGraph.Neo4j.Client;

/// <summary>The Neo4j HTTP APIs InnoGraph can speak.</summary>
public enum Neo4jEndpoint
{
    /// <summary>The transactional Cypher endpoint (3.x: <c>/db/data/transaction</c>; 4.x–5.x: <c>/db/{db}/tx</c>).</summary>
    Transactional,

    /// <summary>The Query API v2 (<c>/db/{db}/query/v2</c>) of Neo4j 5.19+ and Aura.</summary>
    QueryApiV2,
}
