using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Resolvers;

/// <summary>Turns a JSON value from Neo4j into what the field's GraphQL type serialises.</summary>
internal static class JsonValues
{
    public static object? ToClr(JsonElement value, IGraphType? type)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        var unwrapped = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
        if (unwrapped is ListGraphType list)
        {
            return value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Select(item => ToClr(item, list.ResolvedType)).ToList()
                : null;
        }

        return unwrapped switch
        {
            // Int fields are counts, far below 2^31; typed properties are Long and read exactly.
            IntGraphType => value.ValueKind == JsonValueKind.Number
                ? value.TryGetInt32(out var i) ? i : (int)Math.Clamp(value.GetDouble(), int.MinValue, int.MaxValue)
                : null,
            LongGraphType => value.ValueKind == JsonValueKind.Number ? Whole(value) : null,
            FloatGraphType => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null,
            BooleanGraphType => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null,
            StringGraphType or IdGraphType or EnumerationGraphType => value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            },
            JsonScalarType => Plain(value),
            _ => value,
        };
    }

    /// <summary>A JSON value as plain dictionaries, lists and primitives.</summary>
    public static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => value.GetString(),
        // Boxed apart: "? l : GetDouble()" would make every whole number a double and round those above 2^53.
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l : (object)value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    // A whole number exactly as stored; an integral double (never written by the loader or the API)
    // only where a double holds it exactly.
    private static long? Whole(JsonElement value) =>
        value.TryGetInt64(out var l) ? l
        : value.TryGetDouble(out var d) && Math.Abs(d) <= 9007199254740991 && Math.Floor(d) == d ? (long)d
        : null;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
