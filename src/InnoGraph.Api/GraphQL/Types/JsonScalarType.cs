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

    public override object? ParseValue(object? value) => value is JsonElement element ? JsonValues.Plain(element) : value;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLIntValue i => long.Parse(i.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture),
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue list => list.Values?.Select(ParseLiteral).ToList() ?? [],
        GraphQLObjectValue obj => obj.Fields?.ToDictionary(f => f.Name.StringValue, f => ParseLiteral(f.Value)) ?? [],
        _ => ThrowLiteralConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is not GraphQLVariable;

    public override bool CanParseValue(object? value) => true;
}
