using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Paths;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class ShortestPathField : ReadField
{
    public override string Name => "shortestPath";

    public override IGraphType Type => TypeRefs.Ref("Graph");

    public override string Description => "A shortest path between two entities, either direction.";

    public override QueryArguments Arguments => new(
        Argument("from", ArgumentTypes.Text),
        Argument("to", ArgumentTypes.Text),
        Argument("maxLength", ArgumentTypes.Int, "1 to 10.", 6));

    public override ReadPlan Plan(FieldSelection field) =>
        ShortestPathQuery.Plan(field.String("from") ?? "", field.String("to") ?? "", field.Int("maxLength"), field);
}
