using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.GraphQL.Resolvers;

/// <summary>
/// Reads a field from the JSON the single statement returned. Types whose projection follows the
/// selection are keyed by response key (aliases); fixed-shape types are keyed by field name.
/// </summary>
internal sealed class JsonFieldResolver : IFieldResolver
{
    private readonly bool _byResponseKey;
    private readonly bool _cursor;

    private JsonFieldResolver(bool byResponseKey, bool cursor)
    {
        _byResponseKey = byResponseKey;
        _cursor = cursor;
    }

    public static JsonFieldResolver ByResponseKey { get; } = new(true, false);

    public static JsonFieldResolver ByFieldName { get; } = new(false, false);

    public static JsonFieldResolver CursorByResponseKey { get; } = new(true, true);

    public static JsonFieldResolver CursorByFieldName { get; } = new(false, true);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        if (context.Source is not JsonElement { ValueKind: JsonValueKind.Object } source)
        {
            return ValueTask.FromResult<object?>(null);
        }

        var key = _byResponseKey ? context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue : context.FieldDefinition.Name;
        if (!source.TryGetProperty(key, out var value))
        {
            return ValueTask.FromResult<object?>(null);
        }

        if (_cursor)
        {
            return ValueTask.FromResult<object?>(value.ValueKind == JsonValueKind.String ? Cursor.Encode(value.GetString()!) : null);
        }

        return ValueTask.FromResult(JsonValues.ToClr(value, context.FieldDefinition.ResolvedType));
    }
}
