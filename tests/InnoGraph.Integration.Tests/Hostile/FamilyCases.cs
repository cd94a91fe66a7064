namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>Collects the cases of one family, numbering them and giving them the family's seed.</summary>
internal sealed class FamilyCases(string family, int seed)
{
    private readonly List<HostileCase> _cases = [];

    public Random Random { get; } = new(seed);

    public IReadOnlyList<HostileCase> Cases => _cases;

    public void Add(string description, HostileRequest request, Func<HostileResponse, string?>? expect = null) =>
        _cases.Add(new HostileCase(family, seed, _cases.Count, description, request, expect));
}
