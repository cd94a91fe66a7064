using static InnoGraph.Domain.Model.EntityKind;

namespace InnoGraph.Domain.Model;

/// <summary>
/// What a collaboration network is made of, in one place for every network query: the bodies a city
/// hosts, the partners they reach, the relations that count as collaboration, and what is not a partner.
/// </summary>
public static class Collaboration
{
    /// <summary>The bodies whose location puts them in a city's network.</summary>
    public static IReadOnlyList<EntityKind> Hosts { get; } = [Institute, Laboratory, RdCentre, Platform, University, Academy];

    /// <summary>Every kind a network holds by default: the hosts and whoever they collaborate with.</summary>
    public static IReadOnlyList<EntityKind> Partners { get; } = [.. Hosts, Enterprise, Organisation, GovernmentBody, Region];

    /// <summary>
    /// Partners a network reaches but does not pass through: a city or a government co-builds with many,
    /// and going on through it would join every body it ever dealt with.
    /// </summary>
    public static IReadOnlyList<EntityKind> Terminal { get; } = [Region, GovernmentBody];

    /// <summary>Values of the <c>type</c> property of bodies that are services or schools, not research partners.</summary>
    public static IReadOnlyList<string> NotPartnerTypes { get; } = ["service-window", "application", "information-system", "technician-school"];

    private static readonly EntityKind[] Research = [Institute, Laboratory, RdCentre, Platform, University, Academy];
    private static readonly EntityKind[] Parents = [University, Academy, Institute, Enterprise];
    private static readonly EntityKind[] Governments = [Region, GovernmentBody];
    private static readonly EntityKind[] Agreeing = [University, Academy, Institute, Laboratory, RdCentre, Enterprise, Organisation];

    /// <summary>The relations that count as collaboration.</summary>
    public static IReadOnlyList<CollaborationLink> Links { get; } =
    [
        new(RelationType.CoBuiltWith, [], []),
        // A university's or academy's branch institute or campus; an institute's branch or lab.
        new(RelationType.PartOf, Research, Parents),
        // A lab or platform run, administered or established by a partner.
        new(RelationType.Runs, [], []),
        new(RelationType.Administers, [], []),
        new(RelationType.Established, [], []),
        // Cooperation agreements between a government and a university, academy, institute or company, and between bodies.
        new(RelationType.CooperatesWith, Governments, Agreeing, EitherWay: true),
        new(RelationType.CooperatesWith, Agreeing, Agreeing),
    ];
}
