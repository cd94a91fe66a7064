using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Api.Mutations;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Mutations;

internal sealed class AddRelationField : MutationField
{
    public override string Name => "addRelation";

    public override IGraphType Type => TypeRefs.NonNull("RelationEdge");

    public override string Description => "Adds a relation (or updates its sources and properties); returns it seen from 'from'.";

    public override QueryArguments Arguments => new(
        Argument("input", TypeRefs.NonNull("RelationInput")));

    public override MutationPlan Plan(FieldSelection field, string actor, string now) => MutationPlanner.AddRelation(field, actor, now);
}
