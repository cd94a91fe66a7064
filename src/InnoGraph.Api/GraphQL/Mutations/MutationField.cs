using GraphQL.Resolvers;
using InnoGraph.Api.Mutations;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.GraphQL.Mutations;

/// <summary>A mutation field: every such field of a request is written in the request's one transaction.</summary>
internal abstract class MutationField : DeclaredField
{
    protected sealed override IFieldResolver Resolver => MutationResolver.Instance;

    /// <summary>The statements that write <paramref name="field"/> as <paramref name="actor"/> at <paramref name="now"/>.</summary>
    /// <exception cref="TranslationException">The input breaks the seed loader's rules.</exception>
    public abstract MutationPlan Plan(FieldSelection field, string actor, string now);
}
