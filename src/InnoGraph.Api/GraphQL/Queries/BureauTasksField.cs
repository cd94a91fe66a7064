using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Responsibilities;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class BureauTasksField : ReadField
{
    public override string Name => "bureauTasks";

    public override IGraphType Type => TypeRefs.List("TaskAssignment");

    public override string Description => "The tasks a unit is responsible for, with role, action and plan; by plan, action and task order.";

    public override QueryArguments Arguments => new(
        Argument("bureau", ArgumentTypes.Text, "The unit: id, name or alias, e.g. 市科技局."));

    public override ReadPlan Plan(FieldSelection field) => BureauTasksQuery.Plan(field.String("bureau") ?? "", field);
}
