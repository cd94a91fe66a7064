using System.Text.Json;
using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;
using InnoGraph.Domain.Model;
using InnoGraph.Graph.Reading.Projection;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>The type of one entity kind: the common fields plus the kind's typed properties.</summary>
internal sealed class EntityKindType : ObjectGraphType
{
    public EntityKindType(EntityKindSpec spec, IInterfaceGraphType entity)
    {
        Name = spec.Label;
        EntityFields.AddTo(this);
        foreach (var property in spec.Properties)
        {
            var description = property.AllowedValues is { } allowed ? "One of: " + string.Join(", ", allowed) + "." : null;
            this.Add(property.Name, ScalarOf(property.Type), description, JsonFieldResolver.ByResponseKey);
        }

        AddResolvedInterface(entity);
        IsTypeOf = source => source is JsonElement { ValueKind: JsonValueKind.Object } element
            && element.TryGetProperty(EntityProjection.KindKey, out var kind)
            && kind.ValueKind == JsonValueKind.String
            && kind.GetString() == spec.Label;
    }

    private static Type ScalarOf(PropertyType type) => type switch
    {
        // Whole-number properties are 64-bit, as Neo4j stores them; GraphQL's Int is 32-bit.
        PropertyType.Integer => typeof(LongGraphType),
        PropertyType.Number => typeof(FloatGraphType),
        PropertyType.Boolean => typeof(BooleanGraphType),
        PropertyType.TextList => typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
        _ => typeof(StringGraphType),
    };
}
