using GraphQL.Types;
using InnoGraph.Api.GraphQL.Mutations;
using InnoGraph.Api.GraphQL.Queries;
using InnoGraph.Api.GraphQL.Types;
using InnoGraph.Domain.Model;

namespace InnoGraph.Api.GraphQL;

/// <summary>The InnoGraph schema: the entity interface, a type per kind, queries and mutations.</summary>
internal sealed class InnoGraphSchema : Schema
{
    public InnoGraphSchema(IServiceProvider services)
        : base(services)
    {
        // What graphql-js's introspection query asks for with every option on.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new IntrospectionCompletion());

        var entity = new EntityInterfaceType();
        RegisterType(entity);
        foreach (var kind in EntityKinds.All)
        {
            RegisterType(new EntityKindType(kind, entity));
        }

        RegisterType(new JsonScalarType());
        RegisterType(new DirectionType());
        RegisterType(new RelationOrderType());
        RegisterType(new ProvenanceKindType());
        RegisterType(new ProvenanceType());
        RegisterType(new SourceDocumentType());
        RegisterType(new AliasType());
        RegisterType(new PageInfoType());
        RegisterType(new RelationConnectionType());
        RegisterType(new RelationEdgeType());
        RegisterType(new TaskAssignmentType());
        RegisterType(new IndicatorSeriesType());
        RegisterType(new ObservationType());
        RegisterType(new GraphResultType());
        RegisterType(new GraphNodeType());
        RegisterType(new GraphEdgeType());
        RegisterType(new EntityConnectionType());
        RegisterType(new EntityEdgeType());
        RegisterType(new CatalogueType());
        RegisterType(new KindInfoType());
        RegisterType(new RelationTypeInfoType());
        RegisterType(new PropertyInfoType());
        RegisterType(new AliasInputType());
        RegisterType(new EntityInputType());
        RegisterType(new RelationInputType());
        RegisterType(new ProposalType());
        RegisterType(new IngestionType());
        Query = new RootFieldsType("Query", QueryFields.Served.All);
        Mutation = new RootFieldsType("Mutation", [.. MutationFields.Served.All, new IngestDocumentField()]);
    }
}
