using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A page of relation edges.</summary>
internal sealed class RelationConnectionType : ObjectGraphType
{
    public RelationConnectionType()
    {
        Name = "RelationConnection";
        var byKey = JsonFieldResolver.ByResponseKey;
        this.Add("totalCount", typeof(NonNullGraphType<IntGraphType>), "All matching edges; counted only when asked for.", byKey);
        this.Add("pageInfo", TypeRefs.NonNull("PageInfo"), resolver: byKey);
        this.Add("edges", TypeRefs.NonNullList("RelationEdge"), resolver: byKey);
    }
}
