using GraphQL.Types;

namespace InnoGraph.Api.Validation;

/// <summary>
/// The real sizes of the lists introspection answers from, averaged over the schema: a nested
/// introspection selection costs what it makes the executer walk, not a guess.
/// </summary>
internal sealed class IntrospectionSizes
{
    private readonly Dictionary<string, double> _byField;

    public IntrospectionSizes(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var complex = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).ToList();
        var fields = complex.SelectMany(t => t.Fields).ToList();
        double PerType(double total) => Math.Max(1, total / Math.Max(1, types.Count));
        _byField = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["types"] = Math.Max(1, types.Count),
            ["directives"] = Math.Max(1, schema.Directives.Count),
            ["fields"] = PerType(fields.Count),
            ["args"] = Math.Max(1, fields.Sum(f => f.Arguments?.Count ?? 0) / (double)Math.Max(1, fields.Count)),
            ["inputFields"] = PerType(types.OfType<IInputObjectGraphType>().Sum(t => t.Fields.Count)),
            ["enumValues"] = PerType(types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count)),
            ["interfaces"] = PerType(types.OfType<IObjectGraphType>().Sum(t => t.ResolvedInterfaces.Count)),
            ["possibleTypes"] = PerType(types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count)),
        };
    }

    /// <summary>How many items an introspection list field answers on average; 1 for other fields.</summary>
    public double Of(string fieldName) => _byField.GetValueOrDefault(fieldName, 1);
}
