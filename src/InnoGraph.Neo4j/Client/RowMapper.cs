using System.Text.Json;
using System.Text.Json.Nodes;

namespace InnoGraph.Neo4j.Client;

/// <summary>Turns a row (columns + JSON values) into a typed record.</summary>
internal static class RowMapper
{
    public static readonly JsonSerializerOptions DefaultOptions = new(JsonSerializerDefaults.Web);

    public static T Map<T>(IReadOnlyList<string> columns, IReadOnlyList<JsonElement> row, JsonSerializerOptions? options)
    {
        if (columns.Count == 1 && IsScalar(typeof(T)))
        {
            return row[0].Deserialize<T>(options ?? DefaultOptions)!;
        }

        var json = new JsonObject();
        for (var i = 0; i < columns.Count; i++)
        {
            json[columns[i]] = JsonNode.Parse(row[i].GetRawText());
        }

        return json.Deserialize<T>(options ?? DefaultOptions)
            ?? throw new InvalidOperationException($"A row could not be mapped to {typeof(T).Name}.");
    }

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal);
    }
}
