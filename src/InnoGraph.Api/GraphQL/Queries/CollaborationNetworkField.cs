using GraphQL.Types;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Graph.Networks;
using InnoGraph.Graph.Reading;
using static InnoGraph.Api.GraphQL.Types.FieldDefinitions;

namespace InnoGraph.Api.GraphQL.Queries;

internal sealed class CollaborationNetworkField : ReadField
{
    public override string Name => "collaborationNetwork";

    public override IGraphType Type => TypeRefs.Ref("Graph");

    public override string Description => "The bodies in a city (and its districts, counties and parks), their partners by every way the documents express collaboration, and where those are.";

    public override QueryArguments Arguments => new(
        Argument("city", ArgumentTypes.Text),
        Argument("depth", ArgumentTypes.Int, "1: the city's bodies and their partners; each more: also the partners' other bodies and their partners. 1 to 3.", 1),
        Argument("kinds", ArgumentTypes.Names, "Only these kinds of body, or more: kinds that are not partners (Designation, Programme, Indicator ...) add the nodes of that kind joined to the network. Places always show."));

    public override ReadPlan Plan(FieldSelection field) =>
        CollaborationNetworkQuery.Plan(new CollaborationNetworkRequest(field.String("city") ?? "", field.Int("depth"), field.Strings("kinds")), field);
}
