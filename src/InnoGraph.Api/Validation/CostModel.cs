using GraphQL.Types;
using InnoGraph.Graph.Reading;

namespace InnoGraph.Api.Validation;

/// <summary>
/// How much work a field stands for: how many times its selection is answered (a page size, a
/// neighbourhood's <c>limit × depth</c>, an estimate for unpaged lists) and its own weight.
/// Page-size arguments are capped at what the translator accepts, so an out-of-range value is
/// reported as <c>INVALID_ARGUMENT</c> by the translator rather than as a cost.
/// </summary>
internal sealed class CostModel(IntrospectionSizes introspection)
{
    /// <summary>Introspection is answered from memory: a tenth of a field that Neo4j answers.</summary>
    public const double IntrospectionWeight = 0.1;

    /// <summary>An unpaged nested list (aliases, sources, points): its usual size.</summary>
    public const double DefaultListSize = 5;

    private static readonly Limits Bounds = Limits.Default;

    // Root lists without a size argument: about how many items they answer in the seeded graph, with room.
    private static readonly Dictionary<string, double> RootEstimates = new(StringComparer.Ordinal)
    {
        ["bureauTasks"] = 50,
        ["taskOwners"] = 10,
        ["indicatorSeries"] = 20,
        ["responsibilityNetwork"] = 200,
        ["cityCollaboration"] = 100,
        ["documents"] = 10,
    };

    public static bool IsIntrospection(string fieldName, IGraphType parent) =>
        fieldName.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>Root fields answered by Neo4j; the catalogue and introspection are answered from memory.</summary>
    public static bool IsDatabaseRoot(string fieldName) =>
        fieldName != "catalogue" && !fieldName.StartsWith("__", StringComparison.Ordinal);

    public double Multiplier(string fieldName, IGraphType parent, FieldType definition, Func<string, double?> argument)
    {
        if (IsIntrospection(fieldName, parent))
        {
            return introspection.Of(fieldName);
        }

        // The page was counted at the field that returned the connection or graph.
        if (fieldName is "edges" or "nodes" && (parent.Name.EndsWith("Connection", StringComparison.Ordinal) || parent.Name == "Graph"))
        {
            return 1;
        }

        double Arg(string name, double fallback, double max) => Math.Clamp(argument(name) ?? fallback, 0, max);

        switch (fieldName)
        {
            case "neighbourhood":
                return Math.Max(1, Arg("limit", 200, Bounds.MaxNeighbourhoodNodes)) * Math.Max(1, Arg("depth", 1, Bounds.MaxDepth));
            case "collaborationNetwork":
                return 100 * Math.Max(1, Arg("depth", 1, Bounds.MaxDepth));
            case "shortestPath":
                return 1 + Math.Max(1, Arg("maxLength", 6, Bounds.MaxPathLength));
        }

        if (definition.Arguments?.Find("first") is not null)
        {
            return Math.Max(1, Arg("first", 20, Bounds.MaxPageSize));
        }

        if (RootEstimates.TryGetValue(fieldName, out var estimate))
        {
            return estimate;
        }

        return definition.ResolvedType is ListGraphType or NonNullGraphType { ResolvedType: ListGraphType } ? DefaultListSize : 1;
    }
}
