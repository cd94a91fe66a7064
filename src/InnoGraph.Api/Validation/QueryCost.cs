namespace InnoGraph.Api.Validation;

/// <summary>
/// What a selection costs once every fragment is expanded. Counts are doubles so that a bomb's
/// astronomic totals saturate instead of overflowing; they are only compared with limits.
/// </summary>
internal readonly record struct QueryCost(
    int Depth,
    double Fields,
    double Aliases,
    double RootFields,
    double Complexity,
    double DatabaseCost)
{
    public static QueryCost Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Two selections side by side: counts add, depth is the deeper one.</summary>
    public QueryCost Beside(QueryCost other) => new(
        Math.Max(Depth, other.Depth),
        Fields + other.Fields,
        Aliases + other.Aliases,
        RootFields + other.RootFields,
        Complexity + other.Complexity,
        DatabaseCost + other.DatabaseCost);
}
