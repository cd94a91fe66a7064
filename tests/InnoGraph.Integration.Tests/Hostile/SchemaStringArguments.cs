using GraphQLParser.AST;

namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// Every string argument (String, ID and lists of them) of every root field, read from the approved
/// schema, with a request that reaches it: the field with its other required arguments filled in
/// and a small selection. A field added to the schema is covered without touching this suite.
/// </summary>
internal static class SchemaStringArguments
{
    public sealed record Target(string Field, string Argument, string ArgumentType, bool IsList, bool IsMutation, Func<string, string> Document);

    private static readonly HashSet<string> Scalars = ["String", "ID", "Int", "Float", "Boolean", "JSON"];

    public static IReadOnlyList<Target> Read()
    {
        var document = GraphQLParser.Parser.Parse(File.ReadAllText(Path.Combine(Testing.RepositoryPaths.Root, "src", "InnoGraph.Api", "schema.graphql")));
        var types = document.Definitions.OfType<GraphQLTypeDefinition>().ToDictionary(t => t.Name.StringValue);
        var enums = types.Values.OfType<GraphQLEnumTypeDefinition>().Select(e => e.Name.StringValue).ToHashSet();
        var targets = new List<Target>();
        foreach (var (root, mutation) in new[] { ("Query", false), ("Mutation", true) })
        {
            foreach (var field in Fields(types[root]))
            {
                var selection = Selection(Named(field.Type), types, enums, depth: 0);
                foreach (var argument in field.Arguments?.Items ?? [])
                {
                    if (!IsString(argument.Type))
                    {
                        continue;
                    }

                    var others = Others(field, argument);
                    var name = field.Name.StringValue;
                    var argumentName = argument.Name.StringValue;
                    targets.Add(new Target(name, argumentName, Print(argument.Type), argument.Type is GraphQLListType || argument.Type is GraphQLNonNullType { Type: GraphQLListType }, mutation,
                        value => $"{name}({string.Join(", ", others.Append($"{argumentName}: {value}"))}){selection}"));
                }
            }
        }

        // Arguments of fields below the root, reached through entity(id:) — relations(types, kinds, text, after).
        foreach (var field in Fields(types["Entity"]))
        {
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                if (IsString(argument.Type))
                {
                    var name = field.Name.StringValue;
                    var argumentName = argument.Name.StringValue;
                    var selection = Selection(Named(field.Type), types, enums, depth: 0);
                    targets.Add(new Target($"Entity.{name}", argumentName, Print(argument.Type), argument.Type is GraphQLListType || argument.Type is GraphQLNonNullType { Type: GraphQLListType }, false,
                        value => $"entity(id: \"{HostileContext.Hub}\") {{ id {name}({argumentName}: {value}){selection} }}"));
                }
            }
        }

        return targets;
    }

    private static IEnumerable<GraphQLFieldDefinition> Fields(GraphQLTypeDefinition type) => type switch
    {
        GraphQLObjectTypeDefinition o => o.Fields?.Items ?? [],
        GraphQLInterfaceTypeDefinition i => i.Fields?.Items ?? [],
        _ => [],
    };

    private static IEnumerable<string> Others(GraphQLFieldDefinition field, GraphQLInputValueDefinition except) =>
        (field.Arguments?.Items ?? [])
            .Where(a => a != except && a.Type is GraphQLNonNullType && a.DefaultValue is null)
            .Select(a => $"{a.Name.StringValue}: {(a.Type is GraphQLNonNullType { Type: GraphQLListType } ? $"[\"{HostileContext.Hub}\"]" : $"\"{HostileContext.Hub}\"")}");

    private static bool IsString(GraphQLType type) => Named(type) is "String" or "ID";

    private static string Named(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Named(n.Type),
        GraphQLListType l => Named(l.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException(type.ToString()),
    };

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Print(n.Type) + "!",
        GraphQLListType l => "[" + Print(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new InvalidOperationException(type.ToString()),
    };

    /// <summary>The smallest selection of a type: its id, else its first plain field, else the first field below it.</summary>
    private static string Selection(string type, Dictionary<string, GraphQLTypeDefinition> types, HashSet<string> enums, int depth)
    {
        if (Scalars.Contains(type) || enums.Contains(type))
        {
            return "";
        }

        var fields = Fields(types[type]).Where(f => (f.Arguments?.Items ?? []).All(a => a.Type is not GraphQLNonNullType || a.DefaultValue is not null)).ToList();
        var plain = fields.FirstOrDefault(f => f.Name.StringValue == "id") ?? fields.FirstOrDefault(f => Scalars.Contains(Named(f.Type)) || enums.Contains(Named(f.Type)));
        if (plain is not null)
        {
            return $" {{ {plain.Name.StringValue} }}";
        }

        var nested = fields.First();
        return depth > 4 ? " { __typename }" : $" {{ {nested.Name.StringValue}{Selection(Named(nested.Type), types, enums, depth + 1)} }}";
    }
}
