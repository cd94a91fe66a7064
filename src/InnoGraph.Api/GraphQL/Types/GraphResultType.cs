using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Nodes and edges in the shape graph visualisation libraries take as is.</summary>
internal sealed class GraphResultType : ObjectGraphType
{
    public GraphResultType()
    {
        Name = "Graph";
        this.Add("nodes", TypeRefs.NonNullList("GraphNode"));
        this.Add("edges", TypeRefs.NonNullList("GraphEdge"));
    }
}
