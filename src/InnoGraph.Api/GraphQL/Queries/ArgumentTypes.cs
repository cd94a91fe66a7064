using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Queries;

/// <summary>The argument types the query fields share.</summary>
internal static class ArgumentTypes
{
    public static readonly Type Text = typeof(NonNullGraphType<StringGraphType>);

    public static readonly Type OptionalText = typeof(StringGraphType);

    public static readonly Type Names = typeof(ListGraphType<NonNullGraphType<StringGraphType>>);

    public static readonly Type Int = typeof(IntGraphType);
}
