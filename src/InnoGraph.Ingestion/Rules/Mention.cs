using InnoGraph.Domain.Model;

namespace InnoGraph.Ingestion.Rules;

/// <summary>
/// An entity named at [Start, End) of a paragraph's normalised text: known (<see cref="IsNew"/> false,
/// <see cref="Id"/> from the graph) or proposed.
/// </summary>
public sealed record Mention(int Start, int End, string Id, EntityKind Kind, string Name, bool IsNew, string Method, double Confidence)
{
    public string? Review { get; init; }

    public IReadOnlyDictionary<string, object> Properties { get; init; } = new Dictionary<string, object>();

    public bool Overlaps(Mention other) => Start < other.End && other.Start < End;
}
