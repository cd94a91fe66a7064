using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// Provenance names each locator with its source's id; what the source is (its kind, title, date …) comes from
/// the few Document nodes, which change only with a load. A statement that cites sources returns them as
/// <see cref="SourcesColumn"/>: <c>{version, documents}</c> with every source, read only when the dataset version
/// its sender holds them for (<see cref="HeldVersionParameter"/>) is not the graph's; when it is, the column is
/// <c>{version: null, documents: []}</c> and no Document node is read. A statement that selects no provenance
/// reads neither.
/// </summary>
public static class Provenance
{
    /// <summary>The column, and the statement's variable, of the sources a statement returns.</summary>
    public const string SourcesColumn = "__provenance";

    /// <summary>The parameter that holds the dataset version whose sources the sender has; null when it has none.</summary>
    public const string HeldVersionParameter = "sourcesHeld";

    public static void Preamble(CypherQuery query)
    {
        var sources = query.Variable(SourcesColumn);
        var held = query.Param(HeldVersionParameter, null);
        query.BindOnDemand(
            sources,
            "OPTIONAL MATCH (__meta:InnoGraphMeta {id: 'dataset'})",
            // No row when the sender's sources are current: the Document nodes are then not read at all.
            $"UNWIND CASE WHEN __meta.version = {held} THEN [] ELSE [coalesce(__meta.version, '')] END AS __version",
            $"OPTIONAL MATCH (__d:{CypherNames.DocumentLabel})",
            $"WITH {{version: head(collect(__version)), documents: collect(CASE WHEN __d IS NULL THEN null ELSE {Document("__d")} END)}} AS {sources}");
        query.ReturnWhenUsed(sources);
    }

    /// <summary>What provenance and the documents query tell of a source node.</summary>
    public static string Document(string d) =>
        $"{{id: {d}.id, title: {d}.title, titleEn: {d}.titleEn, publisher: {d}.publisher, date: {d}.date, city: {d}.city, file: {d}.file, kind: CASE WHEN {d}.sourceKind = 'reference' THEN 'REFERENCE' ELSE 'DOCUMENT' END}}";

    /// <summary>A list of provenance maps for a list of locators: each with its locator and its source's id.</summary>
    public static string Of(CypherQuery query, string locators)
    {
        query.Use(SourcesColumn);
        var l = query.Fresh("loc");
        return $"[{l} IN coalesce({locators}, []) | {{locator: {l}, source: split({l}, '{Locator.Separator}')[0]}}]";
    }
}
