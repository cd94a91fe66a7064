using System.Globalization;
using System.Xml;

namespace InnoGraph.Graph.Export;

/// <summary>GraphML with a <c>&lt;key&gt;</c> for every node and edge attribute, directed edges.</summary>
public sealed class GraphMlWriter(Stream output) : IGraphWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly IReadOnlyList<(string Id, string Name, string Type)> NodeKeys =
        [("label", "label", "string"), ("kind", "kind", "string"), ("nameEn", "nameEn", "string"), ("aliases", "aliases", "string"), ("sources", "sources", "string"), ("properties", "properties", "string")];

    private static readonly IReadOnlyList<(string Id, string Name, string Type)> EdgeKeys =
        [("type", "type", "string"), ("weight", "weight", "double"), ("edgeSources", "sources", "string"), ("via", "via", "string"), ("edgeProperties", "properties", "string")];

    private readonly XmlWriter _xml = XmlExport.Create(output);

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteStartDocumentAsync();
        await _xml.WriteStartElementAsync(null, "graphml", Namespace);
        await _xml.WriteAttributeStringAsync("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        await _xml.WriteAttributeStringAsync("xsi", "schemaLocation", null, "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        await DeclareAsync("node", NodeKeys);
        await DeclareAsync("edge", EdgeKeys);
        await _xml.WriteStartElementAsync(null, "graph", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, "InnoGraph");
        await _xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
    }

    public async Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken)
    {
        await _xml.WriteStartElementAsync(null, "node", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, ExportText.Clean(node.Id));
        await DataAsync(NodeKeys, [node.Label, node.Kind, node.NameEn ?? "", ExportText.Join(node.Aliases), ExportText.Join(node.Sources), node.Properties]);
        await _xml.WriteEndElementAsync();
    }

    public Task BeginEdgesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task WriteEdgeAsync(ExportEdge edge, CancellationToken cancellationToken)
    {
        await _xml.WriteStartElementAsync(null, "edge", Namespace);
        await _xml.WriteAttributeStringAsync(null, "id", null, ExportText.Clean(edge.Id));
        await _xml.WriteAttributeStringAsync(null, "source", null, ExportText.Clean(edge.Source));
        await _xml.WriteAttributeStringAsync(null, "target", null, ExportText.Clean(edge.Target));
        await DataAsync(EdgeKeys, [edge.Type, edge.Weight.ToString(CultureInfo.InvariantCulture), ExportText.Join(edge.Sources), ExportText.Join(edge.Via), edge.Properties]);
        await _xml.WriteEndElementAsync();
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _xml.FlushAsync();

    public ValueTask DisposeAsync() => _xml.DisposeAsync();

    private async Task DeclareAsync(string owner, IReadOnlyList<(string Id, string Name, string Type)> keys)
    {
        foreach (var (id, name, type) in keys)
        {
            await _xml.WriteStartElementAsync(null, "key", Namespace);
            await _xml.WriteAttributeStringAsync(null, "id", null, id);
            await _xml.WriteAttributeStringAsync(null, "for", null, owner);
            await _xml.WriteAttributeStringAsync(null, "attr.name", null, name);
            await _xml.WriteAttributeStringAsync(null, "attr.type", null, type);
            await _xml.WriteEndElementAsync();
        }
    }

    private async Task DataAsync(IReadOnlyList<(string Id, string Name, string Type)> keys, IReadOnlyList<string> values)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            await _xml.WriteStartElementAsync(null, "data", Namespace);
            await _xml.WriteAttributeStringAsync(null, "key", null, keys[i].Id);
            await _xml.WriteStringAsync(ExportText.Clean(values[i]));
            await _xml.WriteEndElementAsync();
        }
    }
}
