using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// The sources (documents and reference sources) are few; every statement reads them once at the
/// start into <c>__docs</c> so that provenance can name its document anywhere in the projection.
/// </summary>
public static class Provenance
{
    public const string DocumentsVariable = "__docs";

    public static void Preamble(CypherQuery query)
    {
        query.Line("OPTIONAL MATCH (__d:Document)");
        query.Line($"WITH collect({{id: __d.id, title: __d.title, titleEn: __d.titleEn, publisher: __d.publisher, date: __d.date, city: __d.city, file: __d.file, kind: CASE WHEN __d.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}}) AS {DocumentsVariable}");
        query.Carry(query.Variable(DocumentsVariable));
    }

    /// <summary>
    /// A list of provenance maps for a list of locators: each with its source, and the source's kind
    /// (document or reference); a locator whose source is not in the graph keeps no document.
    /// </summary>
    public static string Of(CypherQuery query, string locators)
    {
        var l = query.Fresh("loc");
        var d = query.Fresh("doc");
        var source = $"split({l}, '{Locator.Separator}')[0]";
        return $"[{l} IN coalesce({locators}, []) | head([{d} IN {DocumentsVariable} WHERE {d}.id = {source} | {{locator: {l}, kind: {d}.kind, document: {d}}}] + [{{locator: {l}, kind: 'DOCUMENT', document: null}}])]";
    }
}
