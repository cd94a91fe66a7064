namespace InnoGraph.Domain.Model;

/// <summary>How many bodies of one kind say where they are (<see cref="LocationRule"/>).</summary>
/// <param name="Kind">The kind, e.g. <c>Institute</c>.</param>
/// <param name="Located">Bodies with a <c>LOCATED_IN</c> relation.</param>
/// <param name="WithReason">Bodies without one that give the reason their place cannot be known.</param>
/// <param name="Total">All bodies of the kind.</param>
public sealed record LocationCoverage(string Kind, long Located, long WithReason, long Total)
{
    /// <summary>Bodies that neither have a place nor say why not.</summary>
    public long Missing => Total - Located - WithReason;
}
