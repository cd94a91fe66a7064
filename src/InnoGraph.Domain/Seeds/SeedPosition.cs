namespace InnoGraph.Domain.Seeds;

/// <summary>Where something stands in a seed file: file (relative to the seed folder), line and column, 1-based.</summary>
public readonly record struct SeedPosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
