namespace InnoGraph.Graph.Loading;

/// <summary>How far a load has come: which step, and how many of its rows are written.</summary>
public sealed record LoadProgress(string Step, int Done, int Total);
