namespace InnoGraph.Domain.Model;

/// <summary>A typed property that an entity kind or relation type admits.</summary>
/// <param name="Name">The property name, camelCase, as in seeds, Neo4j and GraphQL.</param>
/// <param name="Type">The value type.</param>
/// <param name="AllowedValues">When set, the only values the property may take.</param>
public sealed record PropertySpec(string Name, PropertyType Type, IReadOnlyList<string>? AllowedValues = null)
{
    public static PropertySpec Text(string name, params string[] allowed) =>
        new(name, PropertyType.Text, allowed.Length == 0 ? null : allowed);

    public static PropertySpec Integer(string name) => new(name, PropertyType.Integer);

    public static PropertySpec Number(string name) => new(name, PropertyType.Number);

    public static PropertySpec Boolean(string name) => new(name, PropertyType.Boolean);

    public static PropertySpec Date(string name) => new(name, PropertyType.Date);

    public static PropertySpec TextList(string name) => new(name, PropertyType.TextList);
}
