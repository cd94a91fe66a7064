namespace InnoGraph.Bench.Floor;

/// <summary>Everything one run measured, and the conditions it ran in.</summary>
public sealed record FloorResults(
    FloorOptions Options,
    DateTime Started,
    TimeSpan Elapsed,
    string LoadBefore,
    string LoadAfter,
    IReadOnlyList<LoadMeasurement> Loads,
    IReadOnlyList<QueryMeasurement> Queries,
    SoakMeasurement? Soak,
    IReadOnlyDictionary<int, int> SeedEntities);
