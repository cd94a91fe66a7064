using InnoGraph.Domain.Model;

namespace InnoGraph.Graph.Networks;

/// <summary>The kinds counted as "institutes and platforms" in collaboration networks.</summary>
public static class CollaborationKinds
{
    public static readonly IReadOnlyList<EntityKind> Hosts =
        [EntityKind.Institute, EntityKind.Laboratory, EntityKind.RdCentre, EntityKind.Platform, EntityKind.Academy, EntityKind.University, EntityKind.Organisation];
}
