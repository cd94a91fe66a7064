using GraphQL.Types;
using InnoGraph.Api.Mutations;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Mutations;

internal sealed class RemoveRelationField : MutationField
{
    public override string Name => "removeRelation";

    public override IGraphType Type => new NonNullGraphType(new BooleanGraphType());

    public override string Description => "Removes a relation by id; false when there was none.";

    public override QueryArguments Arguments => new(
        Argument("id", typeof(NonNullGraphType<IdGraphType>), "from|TYPE|to or from|TYPE|to|key."));

    public override MutationPlan Plan(FieldSelection field, string actor, string now) => MutationPlanner.RemoveRelation(field);
}
