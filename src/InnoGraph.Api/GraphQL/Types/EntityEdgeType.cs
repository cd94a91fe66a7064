using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>An entity in a page, with its cursor.</summary>
internal sealed class EntityEdgeType : ObjectGraphType
{
    public EntityEdgeType()
    {
        Name = "EntityEdge";
        this.Add("cursor", typeof(NonNullGraphType<StringGraphType>), resolver: JsonFieldResolver.CursorByResponseKey);
        this.Add("node", TypeRefs.NonNull("Entity"), resolver: JsonFieldResolver.ByResponseKey);
    }
}
