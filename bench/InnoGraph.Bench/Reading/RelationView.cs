namespace InnoGraph.Bench.Reading;

/// <summary>One relation of an institute: its type, its direction and the neighbour at the other end.</summary>
public sealed record RelationView(string Type, bool Outgoing, string Id, string Name);
