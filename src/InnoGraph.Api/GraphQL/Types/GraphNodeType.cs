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
        this.Add("nameEn", typeof(StringGraphType), "The English name, where there is one.");
        this.Add("aliases", TypeRefs.NonNullList("Alias"), "Every other name the sources use.");
        this.Add("properties", new NonNullGraphType(TypeRefs.Ref("JSON")), "The kind's typed properties (see the catalogue).");
        this.Add("sources", TypeRefs.NonNullList("Provenance"));
    }
}
