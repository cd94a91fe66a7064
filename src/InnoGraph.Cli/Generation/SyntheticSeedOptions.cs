namespace InnoGraph.Cli.Generation;

/// <summary>What to generate: <paramref name="Entities"/> synthetic entities beside the seeds of <paramref name="SeedFolder"/>, chosen by the random seed <paramref name="RandomSeed"/>.</summary>
public sealed record SyntheticSeedOptions(string SeedFolder, string OutputFolder, int Entities, int RandomSeed)
{
    /// <summary>Relations per synthetic entity; null: as many as the seeds have.</summary>
    public double? RelationsPerEntity { get; init; }

    /// <summary>Entities per generated file.</summary>
    public int EntitiesPerFile { get; init; } = 20_000;

    /// <summary>Relations per generated file.</summary>
    public int RelationsPerFile { get; init; } = 50_000;
}
