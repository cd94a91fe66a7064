namespace InnoGraph.Api.Translation.Roots;

/// <summary>The kinds counted as "institutes and platforms" in collaboration networks.</summary>
internal static class CollaborationKinds
{
    public static readonly IReadOnlyList<string> Hosts =
        ["Institute", "Laboratory", "RdCentre", "Platform", "Academy", "University", "Organisation"];
}
