using GraphQL.Resolvers;
using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Queries;

/// <summary>
/// A root query field declared together with what answers it: the schema's <c>Query</c> type is
/// built from these, so a field cannot exist without its answer.
/// </summary>
internal abstract class QueryField
{
    public abstract string Name { get; }

    /// <summary>New on every read, like <see cref="Arguments"/>.</summary>
    public abstract IGraphType Type { get; }

    public abstract string Description { get; }

    /// <summary>New on every read: a schema takes ownership of the arguments it is built with.</summary>
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
