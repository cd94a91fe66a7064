using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Paths;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class NeighbourhoodField : ReadField
{
    public override string Name => "neighbourhood";

    public override IGraphType Type => TypeRefs.Ref("Graph");

    public override string Description => "The given entities, the nearest others within depth hops, and the relations among them.";

    public override QueryArguments Arguments => new(
        Argument("ids", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)),
        Argument("depth", ArgumentTypes.Int, "1 to 3.", 1),
        Argument("relationTypes", ArgumentTypes.Names, "Follow only these relation types."),
        Argument("limit", ArgumentTypes.Int, "At most this many nodes besides the given ones, up to 500.", 200));

    public override ReadPlan Plan(FieldSelection field) => NeighbourhoodQuery.Plan(
        new NeighbourhoodRequest(field.Strings("ids") ?? [], field.Int("depth"), field.Strings("relationTypes"), field.Int("limit")),
        field);
}
