using GraphQL.Resolvers;
using InnoGraph.Api.GraphQL.Resolvers;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.GraphQL.Queries;

/// <summary>
/// A root query field answered from Neo4j: it maps its arguments onto a read of InnoGraph.Graph,
/// and every such field of a request travels in the request's one round trip.
/// </summary>
internal abstract class ReadField : QueryField
{
    protected sealed override IFieldResolver Resolver => RootFieldResolver.Instance;

    /// <summary>The statement that answers <paramref name="field"/> with its whole selection.</summary>
    /// <exception cref="TranslationException">An argument or selection the read refuses.</exception>
    public abstract ReadPlan Plan(FieldSelection field);
}
