namespace InnoGraph.Cli.Generation;

/// <summary>What a generation wrote: synthetic entities and relations, and the files (seed copies included).</summary>
public sealed record SyntheticSeedSummary(int Entities, int Relations, int Files);
