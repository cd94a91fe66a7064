using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>A node of a <c>Graph</c>.</summary>
internal sealed class GraphNodeType : ObjectGraphType
{
    public GraphNodeType()
    {
        Name = "GraphNode";
        this.Add("id", typeof(NonNullGraphType<IdGraphType>));
        this.Add("kind", typeof(NonNullGraphType<StringGraphType>));
        this.Add("label", typeof(NonNullGraphType<StringGraphType>), "The canonical name.");
        this.Add("properties", new NonNullGraphType(TypeRefs.Ref("JSON")));
        this.Add("sources", TypeRefs.NonNullList("Provenance"));
    }
}
