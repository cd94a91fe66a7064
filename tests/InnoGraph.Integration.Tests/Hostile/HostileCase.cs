namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// One generated request. <see cref="Family"/>, <see cref="Seed"/> and <see cref="Index"/> name it so a
/// failure can be replayed: the family's generator with that seed yields the same case at that index.
/// <see cref="Expect"/> is the family's own requirement (null when it holds); the general checks apply to all.
/// </summary>
internal sealed record HostileCase(string Family, int Seed, int Index, string Description, HostileRequest Request, Func<HostileResponse, string?>? Expect = null)
{
    public string Name => $"{Family} #{Index} (seed {Seed}): {Description}";
}
