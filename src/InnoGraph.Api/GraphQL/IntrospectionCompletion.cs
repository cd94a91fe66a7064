using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace InnoGraph.Api.GraphQL;

/// <summary>
/// Completes GraphQL.NET 8's introspection with what graphql-js's introspection query asks for
/// when every option is on: <c>__Type.specifiedByURL</c> (GraphQL October 2021; none of our
/// scalars declares a specification, so it is null) and <c>includeDeprecated</c> on
/// <c>__Directive.args</c> (no argument here is deprecated, so it changes nothing).
/// </summary>
internal sealed class IntrospectionCompletion : BaseSchemaNodeVisitor
{
    public override void VisitObject(IObjectGraphType type, ISchema schema)
    {
        if (type.Name == "__Type" && !type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "The URL of the specification of a custom scalar.",
                Type = typeof(StringGraphType),
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<object?>(_ => null),
            });
        }

        if (type.Name == "__Directive" && type.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = "includeDeprecated",
                DefaultValue = false,
                ResolvedType = schema.AllTypes["Boolean"],
            });
        }
    }
}
