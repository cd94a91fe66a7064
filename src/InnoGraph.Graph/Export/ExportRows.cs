using System.Text.Json;
using System.Text.Json.Nodes;
using InnoGraph.Graph.Storage;

namespace InnoGraph.Graph.Export;

/// <summary>Turns the rows of the export's reads and the Graph shape of a view into nodes and edges.</summary>
internal static class ExportRows
{
    /// <summary>A row of <c>export/nodes-page.cypher</c> or <c>export/nodes-by-id.cypher</c>.</summary>
    public static ExportNode Node(IReadOnlyDictionary<string, JsonElement> row) => new(
        Text(row["id"]),
        Text(row["name"]),
        Text(row["kind"]),
        row["nameEn"].ValueKind == JsonValueKind.String ? row["nameEn"].GetString() : null,
        Strings(row["aliases"]),
        Strings(row["sources"]),
        Typed(row["properties"]));

    /// <summary>An edge of <c>export/edges-page.cypher</c>.</summary>
    public static ExportEdge StoredEdge(JsonElement edge) => new(
        Text(edge.GetProperty("id")),
        Text(edge.GetProperty("source")),
        Text(edge.GetProperty("target")),
        Text(edge.GetProperty("type")),
        1,
        Strings(edge.GetProperty("sources")),
        [],
        Typed(edge.GetProperty("properties")));

    /// <summary>An edge of the Graph shape, stored or derived.</summary>
    public static ExportEdge ViewEdge(JsonNode edge)
    {
        var sources = (edge["sources"] as JsonArray ?? []).Select(s => s?["locator"]?.GetValue<string>() ?? "").Where(s => s.Length > 0).ToList();
        var via = (edge["via"] as JsonArray ?? []).Select(v => v?["id"]?.GetValue<string>() ?? "").ToList();
        var weight = edge["weight"] is JsonValue w && w.TryGetValue<double>(out var value) ? value : 1;
        var properties = edge["properties"] is JsonObject p ? Typed(JsonSerializer.SerializeToElement(p)) : "{}";
        return new ExportEdge(
            edge["id"]!.GetValue<string>(),
            edge["source"]!.GetValue<string>(),
            edge["target"]!.GetValue<string>(),
            edge["type"]!.GetValue<string>(),
            weight,
            sources,
            via,
            properties);
    }

    /// <summary>The typed properties as a JSON object, storage fields left out.</summary>
    private static string Typed(JsonElement properties)
    {
        var typed = new JsonObject();
        if (properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject().Where(p => !StoredProperties.Internal.Contains(p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                typed[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        return typed.ToJsonString();
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString();

    private static IReadOnlyList<string> Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(Text)] : [];
}
