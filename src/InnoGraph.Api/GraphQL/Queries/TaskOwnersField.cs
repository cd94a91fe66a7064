using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Responsibilities;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class TaskOwnersField : ReadField
{
    public override string Name => "taskOwners";

    public override IGraphType Type => TypeRefs.List("TaskAssignment");

    public override string Description => "The units responsible for a task, in the source's order, with role.";

    public override QueryArguments Arguments => new(
        Argument("task", ArgumentTypes.Text, "The task: id, name, alias or number."));

    public override ReadPlan Plan(FieldSelection field) => TaskOwnersQuery.Plan(field.String("task") ?? "", field);
}
