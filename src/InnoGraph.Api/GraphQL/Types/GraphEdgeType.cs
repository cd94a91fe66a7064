using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>An edge of a <c>Graph</c>: a stored relation, or a derived link with a weight.</summary>
internal sealed class GraphEdgeType : ObjectGraphType
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        this.Add("id", typeof(NonNullGraphType<IdGraphType>));
        this.Add("source", typeof(NonNullGraphType<IdGraphType>), "The id of the start node.");
        this.Add("target", typeof(NonNullGraphType<IdGraphType>), "The id of the end node.");
        this.Add("type", typeof(NonNullGraphType<StringGraphType>));
        this.Add("properties", new NonNullGraphType(TypeRefs.Ref("JSON")), "The relation type's typed properties (see the catalogue), or a derived link's own.");
        this.Add("weight", typeof(FloatGraphType), "For derived links: how many entities stand behind it.");
        this.Add("via", TypeRefs.List("GraphNode"), "For derived links: the entities behind it (shared tasks, institutes).");
        this.Add("sources", TypeRefs.NonNullList("Provenance"), "Where a stored relation is stated; for a derived link, where each fact it rests on is stated.");
    }
}
