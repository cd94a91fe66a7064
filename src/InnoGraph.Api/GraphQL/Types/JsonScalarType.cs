using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Any JSON value: the property maps of graph nodes and edges, and property input.</summary>
internal sealed class JsonScalarType : ScalarGraphType
{
    public JsonScalarType()
    {
        Name = "JSON";
        Description = "Any JSON value.";
    }

    public override object? Serialize(object? value) => value is JsonElement element ? JsonValues.Plain(element) : value;

    public override object? ParseValue(object? value) => value is JsonElement element ? Input(element) : value;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => long.TryParse(i.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : (object)new JsonNumberText(i.Value.ToString()),
        GraphQLFloatValue f => new JsonNumberText(f.Value.ToString()),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(f => f.Name.StringValue, f => ParseLiteral(f.Value)) ?? [],
        _ => ThrowLiteralConversionError(value),
    };

    // Numbers as written unless a long holds them: a double would round 9007199254740993 and
    // turn 1e400 into infinity before any check could see it.
    private static object? Input(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Input(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().Select(Input).ToList(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l : (object)new JsonNumberText(value.GetRawText()),
        _ => JsonValues.Plain(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is not GraphQLVariable;

    public override bool CanParseValue(object? value) => true;
}
