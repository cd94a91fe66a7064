using System.Globalization;
using System.Numerics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using InnoGraph.Api.Translation;

namespace InnoGraph.Api.Validation;

/// <summary>
/// One pass over the operation, before validation and execution, computing data depth, fields
/// and aliases after fragment expansion, root fields, complexity and the cost asked of Neo4j.
/// Each fragment is measured once and its cost reused wherever it is spread, so the pass is
/// linear in the document however often fragments multiply each other; a fragment that spreads
/// itself is refused.
/// </summary>
internal sealed class QueryAnalyzer(ISchema schema, CostModel model)
{
    public QueryCost Measure(GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, CancellationToken cancellationToken)
    {
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Query => schema.Query,
            _ => null,
        };
        return root is null
            ? QueryCost.Zero
            : new Pass(schema, model, document, operation, variables, cancellationToken).Selection(operation.SelectionSet, root);
    }

    /// <summary>Measures, then refuses the first limit the operation is past.</summary>
    public QueryCost Check(GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, QueryLimits limits, CancellationToken cancellationToken)
    {
        var cost = Measure(document, operation, variables, cancellationToken);
        if (cost.Depth > limits.MaxDepth)
        {
            throw new QueryRefused(ErrorCodes.QueryTooDeep, $"The query depth is {cost.Depth} nested fields; at most {limits.MaxDepth} are allowed.");
        }

        if (cost.Fields > limits.MaxFields)
        {
            throw new QueryRefused(ErrorCodes.TooManyFields, $"The query selects {Show(cost.Fields)} fields once its fragments are expanded; at most {limits.MaxFields} are allowed.");
        }

        if (cost.Aliases > limits.MaxAliases)
        {
            throw new QueryRefused(ErrorCodes.TooManyAliases, $"The query uses {Show(cost.Aliases)} aliases once its fragments are expanded; at most {limits.MaxAliases} are allowed.");
        }

        if (cost.RootFields > limits.MaxRootFields)
        {
            throw new QueryRefused(ErrorCodes.TooManyRootFields, $"The operation has {Show(cost.RootFields)} root fields; at most {limits.MaxRootFields} are allowed. Send several requests.");
        }

        if (cost.Complexity > limits.MaxComplexity)
        {
            throw new QueryRefused(ErrorCodes.QueryTooComplex, $"The query's estimated cost is {Show(cost.Complexity)}; at most {limits.MaxComplexity} is allowed. Select fewer fields or lower 'first'.");
        }

        if (cost.DatabaseCost > limits.MaxDatabaseCost)
        {
            throw new QueryRefused(ErrorCodes.QueryTooCostly, $"The query would ask the database for about {Show(cost.DatabaseCost)} units of work; at most {limits.MaxDatabaseCost} are allowed. Lower 'limit', 'depth' or 'first', or use fewer aliases.");
        }

        return cost;
    }

    private static string Show(double value) => value >= 1e9 ? "more than a billion" : Math.Ceiling(value).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The state of one measurement: fragment costs found so far and the fragments being measured.</summary>
    private sealed class Pass(ISchema schema, CostModel model, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, QueryCost> _measured = new(StringComparer.Ordinal);
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);
        private Dictionary<string, GraphQLFragmentDefinition>? _fragments;

        public QueryCost Selection(GraphQLSelectionSet? set, IGraphType parent)
        {
            var total = QueryCost.Zero;
            if (set is null)
            {
                return total;
            }

            foreach (var selection in set.Selections)
            {
                cancellationToken.ThrowIfCancellationRequested();
                total = total.Beside(selection switch
                {
                    GraphQLField field => Field(field, parent),
                    GraphQLInlineFragment inline => Selection(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => QueryCost.Zero,
                });
            }

            return total;
        }

        private QueryCost Field(GraphQLField field, IGraphType parent)
        {
            var name = field.Name.StringValue;
            var isRoot = parent == schema.Query || parent == schema.Mutation;
            var alias = field.Alias is null ? 0 : 1;
            var definition = Definition(name, parent);
            if (definition is null)
            {
                // __typename, or a field validation will report: a leaf.
                var weight = name.StartsWith("__", StringComparison.Ordinal) ? CostModel.IntrospectionWeight : 1;
                return new QueryCost(0, 1, alias, isRoot ? 1 : 0, weight, 0);
            }

            if (name == "__type" && TypeName(field) is { } typeName && !IsName(typeName))
            {
                // GraphQL.NET fails inside on a name that cannot be a type's; no type has it.
                throw new QueryRefused(ErrorCodes.InvalidArgument, "'name' of __type must be a type name, e.g. \"Institute\".");
            }

            var childType = definition.ResolvedType?.GetNamedType();
            var children = childType is IComplexGraphType && field.SelectionSet is not null
                ? Selection(field.SelectionSet, childType)
                : QueryCost.Zero;
            var introspection = CostModel.IsIntrospection(name, parent);
            var multiplier = model.Multiplier(name, parent, definition, argument => Number(field, argument, definition));
            var complexity = (introspection ? CostModel.IntrospectionWeight : 1) + (multiplier * children.Complexity);
            return new QueryCost(
                introspection ? children.Depth : children.Depth + 1,
                1 + children.Fields,
                alias + children.Aliases,
                isRoot ? 1 : 0,
                complexity,
                isRoot && CostModel.IsDatabaseRoot(name) ? complexity : 0);
        }

        private QueryCost Fragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
            {
                return known;
            }

            _fragments ??= document.Definitions.OfType<GraphQLFragmentDefinition>()
                .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            if (!_fragments.TryGetValue(name, out var fragment) || TypeOf(fragment.TypeCondition) is not { } type)
            {
                // Validation reports the unknown fragment or type.
                return QueryCost.Zero;
            }

            if (!_open.Add(name))
            {
                throw new QueryRefused(ErrorCodes.InvalidQuery, $"Fragment '{name}' spreads itself, directly or through other fragments.");
            }

            var cost = Selection(fragment.SelectionSet, type);
            _open.Remove(name);
            _measured[name] = cost;
            return cost;
        }

        private FieldType? Definition(string name, IGraphType parent) => name switch
        {
            "__schema" when parent == schema.Query => schema.SchemaMetaFieldType,
            "__type" when parent == schema.Query => schema.TypeMetaFieldType,
            "__typename" => null,
            _ => (parent as IComplexGraphType)?.GetField(name),
        };

        private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
            condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];

        private static bool IsName(string text) =>
            text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

        private string? TypeName(GraphQLField field)
        {
            var value = field.Arguments?.FirstOrDefault(a => a.Name.StringValue == "name")?.Value;
            return value switch
            {
                GraphQLStringValue literal => literal.Value.ToString(),
                GraphQLVariable variable => variables.TryGetValue(variable.Name.StringValue, out var given) ? given as string : null,
                _ => null,
            };
        }

        /// <summary>A numeric argument as the request gives it: literal, variable, variable default, or the field's default.</summary>
        private double? Number(GraphQLField field, string argument, FieldType definition)
        {
            var value = field.Arguments?.FirstOrDefault(a => a.Name.StringValue == argument)?.Value;
            if (value is GraphQLVariable variable)
            {
                var variableName = variable.Name.StringValue;
                if (variables.TryGetValue(variableName, out var given))
                {
                    return Numeric(given);
                }

                value = operation.Variables?.FirstOrDefault(v => v.Variable.Name.StringValue == variableName)?.DefaultValue;
            }

            return value switch
            {
                GraphQLIntValue literal => double.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
                null => Numeric(definition.Arguments?.Find(argument)?.DefaultValue),
                _ => null,
            };
        }

        private static double? Numeric(object? value) => value switch
        {
            int i => i,
            long l => l,
            double d => d,
            decimal m => (double)m,
            BigInteger b => (double)b,
            _ => null,
        };
    }
}
