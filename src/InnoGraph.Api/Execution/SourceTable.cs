using System.Text.Json;

namespace InnoGraph.Api.Execution;

/// <summary>Every source of one dataset version (<see cref="InnoGraph.Graph.Reading.Projection.Provenance.Document"/> maps), by id.</summary>
internal sealed class SourceTable
{
    private readonly Dictionary<string, JsonElement> _byId;

    public SourceTable(string version, JsonElement documents)
    {
        Version = version;
        _byId = documents.ValueKind == JsonValueKind.Array
            ? documents.EnumerateArray()
                .Where(d => d.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                .GroupBy(d => d.GetProperty("id").GetString()!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
    }

    /// <summary>The dataset version the sources were read under; empty for a graph no load has recorded.</summary>
    public string Version { get; }

    public JsonElement? Find(string? id) => id is not null && _byId.TryGetValue(id, out var document) ? document : null;
}
