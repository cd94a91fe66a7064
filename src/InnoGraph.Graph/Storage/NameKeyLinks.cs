using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Storage;

/// <summary>
/// Keeps the <c>(:NameKey)-[:NAMES]-&gt;(:Entity)</c> and <c>(:SearchKey)-[:SEARCHES]-&gt;(:Entity)</c> links in step
/// with an entity's stored <see cref="StoredProperties.NameKeys"/> and <see cref="StoredProperties.SearchKeys"/>,
/// inside whichever statement writes the entity: the seed load's and the API's.
/// </summary>
public static class NameKeyLinks
{
    /// <summary>The clauses that link the entity bound to <paramref name="entity"/>, just created and so without links, to its keys.</summary>
    public static string Link(string entity) => Fill("names/link-keys.cypher", entity);

    /// <summary>The clauses that refresh the links of the entity bound to <paramref name="entity"/> (null is left alone).</summary>
    public static string Refresh(string entity) => Fill("names/refresh-keys.cypher", entity);

    private static string Fill(string file, string entity) =>
        CypherFiles.Fill(file, ("Entity", entity)).TrimEnd('\n');
}
