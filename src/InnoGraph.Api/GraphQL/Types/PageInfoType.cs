using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Where a page sits; pass <c>endCursor</c> as <c>after</c> for the next page.</summary>
internal sealed class PageInfoType : ObjectGraphType
{
    public PageInfoType()
    {
        Name = "PageInfo";
        this.Add("hasNextPage", typeof(NonNullGraphType<BooleanGraphType>));
        this.Add("hasPreviousPage", typeof(NonNullGraphType<BooleanGraphType>));
        this.Add("startCursor", typeof(StringGraphType), resolver: JsonFieldResolver.CursorByFieldName);
        this.Add("endCursor", typeof(StringGraphType), resolver: JsonFieldResolver.CursorByFieldName);
    }
}
