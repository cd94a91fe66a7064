using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Translation;

/// <summary>Turns the AST of a selection set into <see cref="FieldSelection"/>s, as execution would see them.</summary>
internal sealed class SelectionReader(ISchema schema, GraphQLDocument document, Variables variables, CancellationToken cancellationToken = default)
{
    public IReadOnlyList<FieldSelection> Read(GraphQLSelectionSet? set, IComplexGraphType parent)
    {
        var collected = new List<(string Key, string Name, IReadOnlyDictionary<string, object?> Args, List<FieldSelection> Children)>();
        Collect(set, parent, collected);
        return collected
            .Select(c => new FieldSelection(c.Key, c.Name, c.Args, c.Children))
            .ToList();
    }

    private void Collect(
        GraphQLSelectionSet? set,
        IComplexGraphType parent,
        List<(string Key, string Name, IReadOnlyDictionary<string, object?> Args, List<FieldSelection> Children)> into)
    {
        if (set is null)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (selection is IHasDirectivesNode directed && !Included(directed))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    AddField(field, parent, into);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, into);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name)
                        ?? throw new TranslationException(ErrorCodes.InvalidQuery, $"Fragment '{spread.FragmentName.Name.StringValue}' is not defined.");
                    Collect(fragment.SelectionSet, TypeOf(fragment.TypeCondition) ?? parent, into);
                    break;
            }
        }
    }

    private void AddField(
        GraphQLField field,
        IComplexGraphType parent,
        List<(string Key, string Name, IReadOnlyDictionary<string, object?> Args, List<FieldSelection> Children)> into)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        var definition = parent.GetField(name)
            ?? throw new TranslationException(ErrorCodes.InvalidQuery, $"Field '{name}' does not exist on '{parent.Name}'.");
        var key = field.Alias?.Name.StringValue ?? name;
        var arguments = ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, variables, document, field, null);
        var values = arguments?.ToDictionary(a => a.Key, a => a.Value.Value) ?? new Dictionary<string, object?>();
        var children = definition.ResolvedType?.GetNamedType() is IComplexGraphType childType && field.SelectionSet is not null
            ? Read(field.SelectionSet, childType)
            : [];

        var existing = into.FindIndex(c => c.Key == key);
        if (existing < 0)
        {
            into.Add((key, name, values, children.ToList()));
            return;
        }

        if (into[existing].Name != name)
        {
            throw new TranslationException(ErrorCodes.InvalidQuery, $"The response key '{key}' is used for two different fields; give them different aliases.");
        }

        into[existing].Children.AddRange(children);
        var merged = Merge(into[existing].Children).ToList();
        into[existing].Children.Clear();
        into[existing].Children.AddRange(merged);
    }

    private static IEnumerable<FieldSelection> Merge(IEnumerable<FieldSelection> nodes) =>
        nodes.GroupBy(n => n.ResponseKey)
            .Select(g => g.Count() == 1 ? g.First() : g.First() with { Children = Merge(g.SelectMany(n => n.Children)).ToList() });

    private IComplexGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue] as IComplexGraphType;

    private bool Included(IHasDirectivesNode node)
    {
        if (node.Directives is null)
        {
            return true;
        }

        foreach (var directive in node.Directives)
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = schema.Directives.Find(name);
            var args = definition is null ? null : ExecutionHelper.GetArguments(definition.Arguments, directive.Arguments, variables, document, (ASTNode)node, directive);
            var condition = args is not null && args.TryGetValue("if", out var value) && value.Value is true;
            if ((name == "skip" && condition) || (name == "include" && !condition))
            {
                return false;
            }
        }

        return true;
    }
}
