namespace InnoGraph.Domain.Seeds;

/// <summary>
/// A YAML node with its position, before any meaning is given to it. Keeping positions on every
/// node lets every problem name its file and line.
/// </summary>
public abstract record RawNode(SeedPosition Position);

public sealed record RawScalar(SeedValue Value) : RawNode(Value.Position);

public sealed record RawList(IReadOnlyList<RawNode> Items, SeedPosition At) : RawNode(At);

public sealed record RawMap(IReadOnlyList<KeyValuePair<SeedValue, RawNode>> Entries, SeedPosition At) : RawNode(At)
{
    public RawNode? Get(string key) => Entries.FirstOrDefault(e => e.Key.Text == key).Value;
}
