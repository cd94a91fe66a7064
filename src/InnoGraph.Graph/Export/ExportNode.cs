namespace InnoGraph.Graph.Export;

/// <summary>A node as every format writes it: its name, kind, other names, the locators it is stated at and its typed properties (JSON).</summary>
public sealed record ExportNode(
    string Id,
    string Label,
    string Kind,
    string? NameEn,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Sources,
    string Properties);
