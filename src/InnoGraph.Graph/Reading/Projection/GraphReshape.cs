using System.Text.Json.Nodes;
using InnoGraph.Graph.Storage;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// Statements return graph parts as they fall out of paths (nested, repeated); this flattens
/// them, keeps the first of each id and keeps in <c>properties</c> only the typed properties of the catalogue
/// (or a derived link's own), never the storage fields of <see cref="StoredProperties.Internal"/>.
/// </summary>
public static class GraphReshape
{
    public static JsonNode? Apply(JsonNode? data)
    {
        if (data is not JsonObject graph)
        {
            return data;
        }

        var nodes = Distinct(graph["nodes"]);
        foreach (var node in nodes)
        {
            Clean(node);
        }

        var edges = Distinct(graph["edges"]);
        foreach (var edge in edges)
        {
            Clean(edge);
            if (edge["via"] is JsonArray via)
            {
                foreach (var item in via)
                {
                    Clean(item);
                }
            }
        }

        var result = new JsonObject
        {
            ["nodes"] = new JsonArray([.. nodes.Select(n => n.DeepClone())]),
            ["edges"] = new JsonArray([.. edges.Select(e => e.DeepClone())]),
        };
        return result;
    }

    private static List<JsonNode> Distinct(JsonNode? parts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<JsonNode>();
        Walk(parts);
        return result;

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
                case JsonObject item when item["id"]?.GetValue<string>() is { } id && seen.Add(id):
                    result.Add(item);
                    break;
            }
        }
    }

    private static void Clean(JsonNode? node)
    {
        if (node?["properties"] is JsonObject properties)
        {
            foreach (var name in StoredProperties.Internal)
            {
                properties.Remove(name);
            }
        }
    }
}
