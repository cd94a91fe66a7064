namespace InnoGraph.Bench.Reading;

/// <summary>A row of the first query of N+1: the institute without its relations.</summary>
public sealed record InstituteHead(string Id, string Name);
