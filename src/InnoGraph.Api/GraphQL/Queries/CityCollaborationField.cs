using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Networks;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class CityCollaborationField : ReadField
{
    public override string Name => "cityCollaboration";

    public override IGraphType Type => TypeRefs.Ref("Graph");

    public override string Description => "City-to-city links implied by co-built institutes; weight = institutes, via = the institutes.";

    public override QueryArguments Arguments => new(
        Argument("city", ArgumentTypes.OptionalText, "Only links of this city."));

    public override ReadPlan Plan(FieldSelection field) => CityCollaborationQuery.Plan(field.String("city"), field);
}
