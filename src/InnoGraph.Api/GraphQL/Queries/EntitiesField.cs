using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Search;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class EntitiesField : ReadField
{
    public override string Name => "entities";

    public override IGraphType Type => TypeRefs.NonNull("EntityConnection");

    public override string Description => "Browse entities of a kind by name, paged by cursor.";

    public override QueryArguments Arguments => new(
        Argument("kind", ArgumentTypes.OptionalText, "An entity kind, e.g. GovernmentBody."),
        Argument("text", ArgumentTypes.OptionalText, "Part of a name."),
        Argument("first", ArgumentTypes.Int, "Page size, at most 100.", 20),
        Argument("after", ArgumentTypes.OptionalText, "The endCursor of the previous page."));

    public override ReadPlan Plan(FieldSelection field) => EntitiesQuery.Plan(
        new EntitiesRequest(field.String("kind"), field.String("text"), field.Int("first"), field.String("after")),
        field);
}
