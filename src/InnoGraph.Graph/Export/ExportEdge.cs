namespace InnoGraph.Graph.Export;

/// <summary>
/// An edge as every format writes it. Stored relations weigh 1 and name their locators; derived links
/// (COLLABORATES_WITH, SHARES_TASKS) carry their weight and the ids of the entities behind them.
/// </summary>
public sealed record ExportEdge(
    string Id,
    string Source,
    string Target,
    string Type,
    double Weight,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Via,
    string Properties);
