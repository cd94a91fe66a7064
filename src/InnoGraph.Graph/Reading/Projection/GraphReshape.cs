using System.Text.Json.Nodes;

namespace InnoGraph.Graph.Reading.Projection;

/// <summary>
/// Statements return graph parts as they fall out of paths (nested, repeated); this flattens
/// them, keeps the first of each id and drops the internal search text from properties.
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
            properties.Remove("searchText");
        }
    }
}
