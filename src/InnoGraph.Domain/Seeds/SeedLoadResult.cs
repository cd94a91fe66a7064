using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>The outcome of reading the seeds: a dataset when there is no problem, otherwise every problem found.</summary>
public sealed record SeedLoadResult(SeedDataset? Dataset, IReadOnlyList<SeedProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Dataset is not null;

    /// <summary>Location coverage per kind of the <see cref="LocationRule"/>; empty when other problems kept it from being checked.</summary>
    public IReadOnlyList<LocationCoverage> Coverage { get; init; } = [];
}
