using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Reading;
using InnoGraph.Graph.Search;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class SearchField : ReadField
{
    public override string Name => "search";

    public override IGraphType Type => TypeRefs.NonNullList("Entity");

    public override string Description => "Entities by name, alias or English name (substring, either script); best matches first.";

    public override QueryArguments Arguments => new(
        Argument("text", ArgumentTypes.Text),
        Argument("kinds", ArgumentTypes.Names, "Only these kinds, e.g. [Institute, Platform]."),
        Argument("first", ArgumentTypes.Int, "At most this many, up to 100.", 20));

    public override ReadPlan Plan(FieldSelection field) =>
        SearchQuery.Plan(new SearchRequest(field.String("text") ?? "", field.Strings("kinds"), field.Int("first")), field);
}
