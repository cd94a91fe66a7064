using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// The sources (documents and reference sources) are few; a statement whose answer cites them reads them
/// once at its start into <c>__docs</c>, so that provenance can name its document anywhere in the
/// projection. A statement that selects no provenance does not read them at all.
/// </summary>
public static class Provenance
{
    private const string DocumentsVariable = "__docs";

    public static void Preamble(CypherQuery query)
    {
        query.BindOnDemand(
            query.Variable(DocumentsVariable),
            "OPTIONAL MATCH (__d:Document)",
            $"WITH collect({{id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}}) AS {DocumentsVariable}");
    }

    /// <summary>The list of every source, for a statement that answers them all.</summary>
    public static string All(CypherQuery query) => query.Use(DocumentsVariable);

    /// <summary>
    /// A list of provenance maps for a list of locators: each with its source, and the source's kind
    /// (document or reference); a locator whose source is not in the graph keeps no document.
    /// </summary>
    public static string Of(CypherQuery query, string locators)
    {
        var l = query.Fresh("loc");
        var d = query.Fresh("doc");
        var source = $"split({l}, '{Locator.Separator}')[0]";
        var documents = query.Use(DocumentsVariable);
        return $"[{l} IN coalesce({locators}, []) | head([{d} IN {documents} WHERE {d}.id = {source} | {{locator: {l}, kind: {d}.kind, document: {d}}}] + [{{locator: {l}, kind: 'DOCUMENT', document: null}}])]";
    }
}
