namespace InnoGraph.Testing;

/// <summary>
/// The name of the test collection that shares one <see cref="SeededGraphFixture"/>. Each test
/// assembly declares the collection itself (xunit looks for the definition in the test assembly).
/// </summary>
public static class SeededGraphCollection
{
    public const string Name = "seeded graph";
}
