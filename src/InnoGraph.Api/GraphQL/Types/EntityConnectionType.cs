using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A page of entities.</summary>
internal sealed class EntityConnectionType : ObjectGraphType
{
    public EntityConnectionType()
    {
        Name = "EntityConnection";
        var byKey = JsonFieldResolver.ByResponseKey;
        this.Add("totalCount", typeof(NonNullGraphType<IntGraphType>), "All matching entities; counted only when asked for.", byKey);
        this.Add("pageInfo", TypeRefs.NonNull("PageInfo"), resolver: byKey);
        this.Add("edges", TypeRefs.NonNullList("EntityEdge"), resolver: byKey);
    }
}
