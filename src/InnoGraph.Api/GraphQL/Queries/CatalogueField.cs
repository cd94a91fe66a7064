using GraphQL.Resolvers;
using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;
using InnoGraph.Api.GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Queries;

/// <summary>Answered from the domain catalogue in memory, without Neo4j.</summary>
internal sealed class CatalogueField : QueryField
{
    public override string Name => "catalogue";

    public override IGraphType Type => TypeRefs.NonNull("Catalogue");

    public override string Description => "The kinds and relation types the graph holds, with their typed properties.";

    protected override IFieldResolver Resolver => CatalogueResolver.Instance;
}
