using GraphQL.Resolvers;
using GraphQL.Types;

namespace InnoGraph.Api.GraphQL;

/// <summary>
/// A root field declared together with what answers it: the schema's <c>Query</c> and
/// <c>Mutation</c> types are built from these, so a field cannot exist without its answer.
/// </summary>
internal abstract class DeclaredField
{
    public abstract string Name { get; }

    /// <summary>New on every read: a schema takes ownership of the types and arguments it is built with.</summary>
    public abstract IGraphType Type { get; }

    public abstract string Description { get; }

    /// <summary>New on every read, like <see cref="Type"/>.</summary>
    public virtual QueryArguments Arguments => new();

    protected abstract IFieldResolver Resolver { get; }

    public FieldType Definition() => new()
    {
        Name = Name,
        ResolvedType = Type,
        Description = Description,
        Arguments = Arguments,
        Resolver = Resolver,
    };
}
