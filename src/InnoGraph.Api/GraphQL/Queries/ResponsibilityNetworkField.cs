using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Networks;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class ResponsibilityNetworkField : ReadField
{
    public override string Name => "responsibilityNetwork";

    public override IGraphType Type => TypeRefs.Ref("Graph");

    public override string Description => "Units linked by the tasks they share; weight = shared tasks.";

    public override QueryArguments Arguments => new(
        Argument("plan", ArgumentTypes.OptionalText, "Only tasks of this plan."));

    public override ReadPlan Plan(FieldSelection field) => ResponsibilityNetworkQuery.Plan(field.String("plan"), field);
}
