using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Networks;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class CollaborationNetworkField : ReadField
{
    public override string Name => "collaborationNetwork";

    public override IGraphType Type => TypeRefs.Ref("Graph");

    public override string Description => "Institutes and platforms in a city (and its districts and counties), the parties that co-built them and where those are.";

    public override QueryArguments Arguments => new(
        Argument("city", ArgumentTypes.Text),
        Argument("depth", ArgumentTypes.Int, "Co-building hops from the city's institutes, 1 to 3.", 1));

    public override ReadPlan Plan(FieldSelection field) =>
        CollaborationNetworkQuery.Plan(field.String("city") ?? "", field.Int("depth"), field);
}
