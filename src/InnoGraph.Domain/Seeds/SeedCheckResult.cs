using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>The outcome of checking a seed folder: its rows, read from the files on demand, when there is no problem; otherwise every problem found.</summary>
public sealed record SeedCheckResult(ISeedRows? Rows, IReadOnlyList<SeedProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Rows is not null;

    /// <summary>Location coverage per kind of the <see cref="LocationRule"/>; empty when other problems kept it from being checked.</summary>
    public IReadOnlyList<LocationCoverage> Coverage { get; init; } = [];
}
