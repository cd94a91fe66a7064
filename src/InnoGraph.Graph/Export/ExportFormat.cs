namespace InnoGraph.Graph.Export;

/// <summary>The files an export writes; nodes and edges CSV are Gephi's spreadsheet import, one table each.</summary>
public enum ExportFormat
{
    Gexf,
    GraphMl,
    Cytoscape,
    NodesCsv,
    EdgesCsv,
}

/// <summary>Names, media types and writers of the formats, in one place for the API and the CLI.</summary>
public static class ExportFormats
{
    /// <summary>The file names the API serves under <c>/export/</c>.</summary>
    public static IReadOnlyDictionary<string, ExportFormat> ByFileName { get; } = new Dictionary<string, ExportFormat>(StringComparer.Ordinal)
    {
        ["graph.gexf"] = ExportFormat.Gexf,
        ["graph.graphml"] = ExportFormat.GraphMl,
        ["graph.json"] = ExportFormat.Cytoscape,
        ["nodes.csv"] = ExportFormat.NodesCsv,
        ["edges.csv"] = ExportFormat.EdgesCsv,
    };

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Gexf => "application/gexf+xml; charset=utf-8",
        ExportFormat.GraphMl => "application/graphml+xml; charset=utf-8",
        ExportFormat.Cytoscape => "application/json; charset=utf-8",
        _ => "text/csv; charset=utf-8; header=present",
    };

    public static IGraphWriter Writer(ExportFormat format, Stream output) => format switch
    {
        ExportFormat.Gexf => new GexfWriter(output),
        ExportFormat.GraphMl => new GraphMlWriter(output),
        ExportFormat.Cytoscape => new CytoscapeWriter(output),
        ExportFormat.NodesCsv => new CsvNodesWriter(output),
        _ => new CsvEdgesWriter(output),
    };
}
