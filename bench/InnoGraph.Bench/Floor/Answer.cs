using System.Text.Json;

namespace InnoGraph.Bench.Floor;

/// <summary>
/// What an answer says, reduced so that the API's GraphQL answer and the floor's rows compare: the entity
/// ids in the order they come, and the relations (<c>type source target</c>) it holds. A list answer (the
/// floor's rows each one entity) must name the same entities in the same order; a graph answer the same
/// entities and the same relations, in any order.
/// </summary>
public sealed record Answer(IReadOnlyList<string> Ids, IReadOnlySet<string> Edges, bool Ordered)
{
    public int Count => Ids.Distinct(StringComparer.Ordinal).Count();

    /// <summary>Null when the two answers agree, else what differs, for the benchmark's output.</summary>
    public static string? Difference(Answer api, Answer floor)
    {
        var apiIds = api.Ids.Distinct(StringComparer.Ordinal).ToList();
        var floorIds = floor.Ids.Distinct(StringComparer.Ordinal).ToList();
        if (!apiIds.ToHashSet(StringComparer.Ordinal).SetEquals(floorIds))
        {
            return $"API only {string.Join(", ", apiIds.Except(floorIds).Take(8))}; floor only {string.Join(", ", floorIds.Except(apiIds).Take(8))}";
        }

        if (floor.Ordered && !apiIds.SequenceEqual(floorIds, StringComparer.Ordinal))
        {
            var at = apiIds.Zip(floorIds).TakeWhile(p => p.First == p.Second).Count();
            return $"same entities in another order, from position {at + 1}: API {apiIds[at]}, floor {floorIds[at]}";
        }

        if (!api.Edges.SetEquals(floor.Edges))
        {
            return $"relations: API only {string.Join(", ", api.Edges.Except(floor.Edges).Take(4))}; floor only {string.Join(", ", floor.Edges.Except(api.Edges).Take(4))}";
        }

        return null;
    }

    /// <summary>The ids (every <c>id</c> property, in document order) and relations of a GraphQL answer's <c>data</c>.</summary>
    public static Answer OfGraphQL(JsonElement data)
    {
        var ids = new List<string>();
        var edges = new HashSet<string>(StringComparer.Ordinal);
        Walk(data, ids, edges);
        return new Answer(ids, edges, Ordered: false);
    }

    /// <summary>
    /// The answer of the floor's rows: a row's first column is an id (a list answer, ordered) or a list of ids
    /// (a graph answer); an <c>edges</c> column holds relations as maps, nested in lists at any depth.
    /// </summary>
    public static Answer OfRows(JsonElement result)
    {
        var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var edgesAt = columns.IndexOf("edges");
        var ids = new List<string>();
        var edges = new HashSet<string>(StringComparer.Ordinal);
        var ordered = true;
        foreach (var row in result.GetProperty("data").EnumerateArray())
        {
            var cells = row.GetProperty("row");
            var first = cells[0];
            if (first.ValueKind == JsonValueKind.String)
            {
                ids.Add(first.GetString()!);
            }
            else if (first.ValueKind == JsonValueKind.Array)
            {
                ordered = false;
                ids.AddRange(first.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
            }

            if (edgesAt >= 0)
            {
                Walk(cells[edgesAt], [], edges);
            }
        }

        return new Answer(ids, edges, ordered);
    }

    private static void Walk(JsonElement element, List<string> ids, HashSet<string> edges)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && element.TryGetProperty("source", out var source) && element.TryGetProperty("target", out var target))
                {
                    edges.Add($"{type.GetString()} {source.GetString()} {target.GetString()}");
                    return;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "id" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        ids.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Walk(property.Value, ids, edges);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, ids, edges);
                }

                break;
        }
    }
}
