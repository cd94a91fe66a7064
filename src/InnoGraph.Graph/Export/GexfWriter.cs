using System.Globalization;
using System.Xml;

namespace InnoGraph.Graph.Export;

/// <summary>GEXF 1.3 (gexf.net/1.3): a directed graph with declared node and edge attributes.</summary>
public sealed class GexfWriter(Stream output) : IGraphWriter
{
    private const string Namespace = "http://gexf.net/1.3";

    /// <summary>The declared node attributes; each is both the attribute's id and its title.</summary>
    public static readonly IReadOnlyList<string> NodeAttributes = ["kind", "name", "nameEn", "aliases", "sources", "properties"];

    public static readonly IReadOnlyList<string> EdgeAttributes = ["type", "weight", "sources", "via", "properties"];

    private readonly XmlWriter _xml = XmlExport.Create(output);

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteStartDocumentAsync();
        await _xml.WriteStartElementAsync(null, "gexf", Namespace);
        await _xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        await _xml.WriteAttributeStringAsync("xsi", "schemaLocation", null, "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
        await _xml.WriteAttributeStringAsync(null, "version", null, "1.3");
        await _xml.WriteStartElementAsync(null, "meta", Namespace);
        await _xml.WriteElementStringAsync(null, "creator", Namespace, "InnoGraph");
        await _xml.WriteEndElementAsync();
        await _xml.WriteStartElementAsync(null, "graph", Namespace);
        await _xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await _xml.WriteAttributeStringAsync(null, "mode", null, "static");
        await DeclareAsync("node", NodeAttributes);
        await DeclareAsync("edge", EdgeAttributes);
        await _xml.WriteStartElementAsync(null, "nodes", Namespace);
    }

    public async Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken)
    {
        await _xml.WriteStartElementAsync(null, "node", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, ExportText.Clean(node.Id));
        await _xml.WriteAttributeStringAsync(null, "label", null, ExportText.Clean(node.Label));
        await ValuesAsync(NodeAttributes, [node.Kind, node.Label, node.NameEn ?? "", ExportText.Join(node.Aliases), ExportText.Join(node.Sources), node.Properties]);
        await _xml.WriteEndElementAsync();
    }

    public async Task BeginEdgesAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteEndElementAsync();
        await _xml.WriteStartElementAsync(null, "edges", Namespace);
    }

    public async Task WriteEdgeAsync(ExportEdge edge, CancellationToken cancellationToken)
    {
        var weight = edge.Weight.ToString(CultureInfo.InvariantCulture);
        await _xml.WriteStartElementAsync(null, "edge", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, ExportText.Clean(edge.Id));
        await _xml.WriteAttributeStringAsync(null, "source", null, ExportText.Clean(edge.Source));
        await _xml.WriteAttributeStringAsync(null, "target", null, ExportText.Clean(edge.Target));
        await _xml.WriteAttributeStringAsync(null, "label", null, edge.Type);
        await _xml.WriteAttributeStringAsync(null, "weight", null, weight);
        await ValuesAsync(EdgeAttributes, [edge.Type, weight, ExportText.Join(edge.Sources), ExportText.Join(edge.Via), edge.Properties]);
        await _xml.WriteEndElementAsync();
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _xml.FlushAsync();

    public ValueTask DisposeAsync() => _xml.DisposeAsync();

    private async Task DeclareAsync(string owner, IReadOnlyList<string> names)
    {
        await _xml.WriteStartElementAsync(null, "attributes", Namespace);
        await _xml.WriteAttributeStringAsync(null, "class", null, owner);
        await _xml.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var name in names)
        {
            await _xml.WriteStartElementAsync(null, "attribute", Namespace);
            await _xml.WriteAttributeStringAsync(null, "id", null, name);
            await _xml.WriteAttributeStringAsync(null, "title", null, name);
            await _xml.WriteAttributeStringAsync(null, "type", null, name == "weight" ? "double" : "string");
            await _xml.WriteEndElementAsync();
        }

        await _xml.WriteEndElementAsync();
    }

    private async Task ValuesAsync(IReadOnlyList<string> names, IReadOnlyList<string> values)
    {
        await _xml.WriteStartElementAsync(null, "attvalues", Namespace);
        for (var i = 0; i < values.Count; i++)
        {
            await _xml.WriteStartElementAsync(null, "attvalue", Namespace);
            await _xml.WriteAttributeStringAsync(null, "for", null, names[i]);
            await _xml.WriteAttributeStringAsync(null, "value", null, ExportText.Clean(values[i]));
            await _xml.WriteEndElementAsync();
        }

        await _xml.WriteEndElementAsync();
    }
}
