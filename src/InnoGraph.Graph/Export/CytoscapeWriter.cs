using System.Text.Encodings.Web;
using System.Text.Json;

namespace InnoGraph.Graph.Export;

/// <summary>
/// Cytoscape.js elements, <c>cytoscape({elements})</c> as is: a JSON array of
/// <c>{group: 'nodes', data: {id, label, kind, ...}}</c> followed by <c>{group: 'edges', data: {id, source, target, type, ...}}</c>.
/// </summary>
public sealed class CytoscapeWriter(Stream output) : IGraphWriter
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public Task BeginAsync(CancellationToken cancellationToken)
    {
        _json.WriteStartArray();
        return Task.CompletedTask;
    }

    public Task WriteNodeAsync(ExportNode node, CancellationToken cancellationToken)
    {
        Element("nodes", () =>
        {
            _json.WriteString("id", ExportText.Clean(node.Id));
            _json.WriteString("label", ExportText.Clean(node.Label));
            _json.WriteString("kind", node.Kind);
            _json.WriteString("nameEn", ExportText.Clean(node.NameEn));
            Strings("aliases", node.Aliases);
            Strings("sources", node.Sources);
            Raw("properties", node.Properties);
        });
        return Task.CompletedTask;
    }

    public Task BeginEdgesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteEdgeAsync(ExportEdge edge, CancellationToken cancellationToken)
    {
        Element("edges", () =>
        {
            _json.WriteString("id", ExportText.Clean(edge.Id));
            _json.WriteString("source", ExportText.Clean(edge.Source));
            _json.WriteString("target", ExportText.Clean(edge.Target));
            _json.WriteString("type", edge.Type);
            _json.WriteNumber("weight", edge.Weight);
            Strings("sources", edge.Sources);
            Strings("via", edge.Via);
            Raw("properties", edge.Properties);
        });
        return Task.CompletedTask;
    }

    public async Task EndAsync(CancellationToken cancellationToken)
    {
        _json.WriteEndArray();
        await _json.FlushAsync(cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _json.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _json.DisposeAsync();

    private void Element(string group, Action data)
    {
        _json.WriteStartObject();
        _json.WriteString("group", group);
        _json.WriteStartObject("data");
        data();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void Strings(string name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(ExportText.Clean(value));
        }

        _json.WriteEndArray();
    }

    private void Raw(string name, string json)
    {
        _json.WritePropertyName(name);
        _json.WriteRawValue(ExportText.Clean(json));
    }
}
