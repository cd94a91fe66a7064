using GraphQL;
using GraphQL.Types;
using InnoGraph.Api.GraphQL;

namespace InnoGraph.Api.Tests.Support;

/// <summary>The API's schema, built once for tests that need no server.</summary>
internal static class TestSchema
{
    private static readonly Lazy<ISchema> Instance = new(() =>
    {
        var schema = new InnoGraphSchema(new DefaultServiceProvider());
        schema.Initialize();
        return schema;
    });

    public static ISchema Schema => Instance.Value;
}
