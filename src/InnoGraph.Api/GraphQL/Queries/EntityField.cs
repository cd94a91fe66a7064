using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Lookup;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class EntityField : ReadField
{
    public override string Name => "entity";

    public override IGraphType Type => TypeRefs.Ref("Entity");

    public override string Description => "One entity by id.";

    public override QueryArguments Arguments => new(
        Argument("id", typeof(NonNullGraphType<IdGraphType>)));

    public override ReadPlan Plan(FieldSelection field) => EntityQuery.Plan(field.String("id") ?? "", field);
}
