using GraphQL.Types;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Shorthands for wrapped references to the schema's own types by name.</summary>
internal static class TypeRefs
{
    public static IGraphType Ref(string name) => new GraphQLTypeReference(name);

    public static IGraphType NonNull(string name) => new NonNullGraphType(Ref(name));

    public static IGraphType NonNullList(string name) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(Ref(name))));

    public static IGraphType List(string name) => new ListGraphType(new NonNullGraphType(Ref(name)));
}
