namespace InnoGraph.Integration.Tests.Hostile;

/// <summary>
/// All families, in the order they are sent: those that can only cost CPU on a broken server last, so
/// that a request that never ends cannot starve the families after it. Each family draws from its
/// own <see cref="Random"/> seeded from the run's seed and the family's position, so one family can
/// be replayed alone (<c>INNOGRAPH_HOSTILE_FAMILY</c>, comma-separated names) with the same cases.
/// </summary>
internal static class HostileCorpus
{
    public const int DefaultSeed = 20261201;

    public static IReadOnlyList<IReadOnlyList<HostileCase>> Generate(int seed, HostileContext context, string? onlyFamily = null)
    {
        var generators = new (string Family, Func<int, IReadOnlyList<HostileCase>> Generate)[]
        {
            (ApiKeyAbuse.Family, s => ApiKeyAbuse.Generate(s, context)),
            (StrictWrites.Family, s => StrictWrites.Generate(s, context)),
            (ForbiddenKindsAndTypes.Family, s => ForbiddenKindsAndTypes.Generate(s, context)),
            (ForgedCursors.Family, s => ForgedCursors.Generate(s, context)),
            (InjectionStrings.Family, s => InjectionStrings.Generate(s, context)),
            (InvalidUnicode.Family, s => InvalidUnicode.Generate(s, context, context.Port)),
            (MalformedHttp.Family, s => MalformedHttp.Generate(s, context, context.Port)),
            (BatchedBodies.Family, s => BatchedBodies.Generate(s, context)),
            (HugeVariables.Family, HugeVariables.Generate),
            (OversizedBodies.Family, s => OversizedBodies.Generate(s, context, context.Port)),
            (DirectiveFloods.Family, DirectiveFloods.Generate),
            (DeepNesting.Family, DeepNesting.Generate),
            (AliasFloods.Family, AliasFloods.Generate),
            (FragmentBombs.Family, FragmentBombs.Generate),
        };
        return generators
            .Select((g, i) => (g.Family, Seed: unchecked(seed + (i * 7919))))
            .Zip(generators, (s, g) => (s.Family, s.Seed, g.Generate))
            .Where(g => onlyFamily is null || onlyFamily.Split(',').Contains(g.Family))
            .Select(g => g.Generate(g.Seed))
            .ToList();
    }
}
