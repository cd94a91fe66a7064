namespace InnoGraph.Domain.Model;

/// <summary>A name of an entity and the script it is written in.</summary>
public sealed record Name(string Text, string Script);
