using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Api.Mutations;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Mutations;

internal sealed class UpsertEntityField : MutationField
{
    public override string Name => "upsertEntity";

    public override IGraphType Type => TypeRefs.NonNull("Entity");

    public override string Description => "Creates an entity or updates its names, sources and properties. Its kind cannot change.";

    public override QueryArguments Arguments => new(
        Argument("input", TypeRefs.NonNull("EntityInput")));

    public override MutationPlan Plan(FieldSelection field, string actor, string now) => MutationPlanner.Upsert(field, actor, now);
}
