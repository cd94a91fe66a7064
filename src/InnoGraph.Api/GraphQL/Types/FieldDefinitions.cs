using GraphQL.Resolvers;
using GraphQL.Types;
using InnoGraph.Api.GraphQL.Resolvers;

namespace InnoGraph.Api.GraphQL.Types;

/// <summary>Adds fields whose values come from the statement's JSON.</summary>
internal static class FieldDefinitions
{
    public static FieldType Add(this IComplexGraphType owner, string name, Type type, string? description = null, IFieldResolver? resolver = null, QueryArguments? arguments = null) =>
        owner.AddField(new FieldType { Name = name, Type = type, Description = description, Resolver = owner is IInterfaceGraphType ? null : resolver ?? JsonFieldResolver.ByFieldName, Arguments = arguments });

    public static FieldType Add(this IComplexGraphType owner, string name, IGraphType type, string? description = null, IFieldResolver? resolver = null, QueryArguments? arguments = null) =>
        owner.AddField(new FieldType { Name = name, ResolvedType = type, Description = description, Resolver = owner is IInterfaceGraphType ? null : resolver ?? JsonFieldResolver.ByFieldName, Arguments = arguments });

    public static QueryArgument Argument(string name, Type type, string? description = null, object? defaultValue = null) =>
        new(type) { Name = name, Description = description, DefaultValue = defaultValue };

    public static QueryArgument Argument(string name, IGraphType type, string? description = null, object? defaultValue = null) =>
        new(type) { Name = name, Description = description, DefaultValue = defaultValue };
}
