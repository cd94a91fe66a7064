using GraphQL.Types;
using InnoGraph.Api.Mutations;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.GraphQL.Mutations;

/// <summary>
/// A mutation field declared together with what writes it: the schema's <c>Mutation</c> type is
/// built from these, and every such field of a request is written in the request's one transaction.
/// </summary>
internal abstract class MutationField
{
    public abstract string Name { get; }

    /// <summary>New on every read, like <see cref="Arguments"/>.</summary>
    public abstract IGraphType Type { get; }

    public abstract string Description { get; }

    /// <summary>New on every read: a schema takes ownership of the arguments it is built with.</summary>
    public abstract QueryArguments Arguments { get; }

    /// <summary>The statements that write <paramref name="field"/> as <paramref name="actor"/> at <paramref name="now"/>.</summary>
    /// <exception cref="TranslationException">The input breaks the seed loader's rules.</exception>
    public abstract MutationPlan Plan(FieldSelection field, string actor, string now);

    public FieldType Definition() => new()
    {
        Name = Name,
        ResolvedType = Type,
        Description = Description,
        Arguments = Arguments,
        Resolver = MutationResolver.Instance,
    };
}
