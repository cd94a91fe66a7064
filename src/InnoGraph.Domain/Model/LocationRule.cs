namespace InnoGraph.Domain.Model;

/// <summary>
/// The kinds of body that must say where they are: a <c>LOCATED_IN</c> relation (to a region, or to
/// a park or platform that is itself located), or, when the place cannot be known, the reason in the
/// <see cref="UnknownProperty"/> property. Seeds are checked against it; <c>stats</c> counts it in the graph.
/// </summary>
public static class LocationRule
{
    /// <summary>The typed property that says why a body's place cannot be known.</summary>
    public const string UnknownProperty = "locationUnknown";

    public static IReadOnlyList<EntityKind> Kinds { get; } =
        [EntityKind.Institute, EntityKind.Laboratory, EntityKind.RdCentre, EntityKind.Platform, EntityKind.Park, EntityKind.University, EntityKind.Academy];

    public static bool Applies(EntityKind kind) => Kinds.Contains(kind);
}
