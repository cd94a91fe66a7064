using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Graph.Reading;

/// <summary>The start every read statement shares: a fresh query with the sources in scope for provenance.</summary>
public static class ReadStatement
{
    public static CypherQuery Begin()
    {
        var query = new CypherQuery();
        Provenance.Preamble(query);
        return query;
    }
}
