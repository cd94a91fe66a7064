using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// The <see cref="LocationRule"/> applied to the seeds: every body of its kinds has a <c>LOCATED_IN</c>
/// relation or the reason its place cannot be known, never both. Checked once the seeds are otherwise
/// valid, so a mistyped relation or id is reported as what it is rather than as a missing place too.
/// </summary>
public static class SeedLocationCoverage
{
    /// <summary>Located, with a reason and in all, per kind of the rule, in the rule's order.</summary>
    public static IReadOnlyList<LocationCoverage> Of(IEnumerable<GraphEntity> entities, IEnumerable<GraphRelation> relations)
    {
        var located = LocatedIds(relations);
        var bodies = entities.Where(e => LocationRule.Applies(e.Kind)).ToLookup(e => e.Kind);
        return LocationRule.Kinds
            .Select(kind => new LocationCoverage(
                kind.ToString(),
                bodies[kind].Count(e => located.Contains(e.Id)),
                bodies[kind].Count(e => !located.Contains(e.Id) && HasReason(e)),
                bodies[kind].Count()))
            .ToList();
    }

    /// <summary>The same counts from the index of a checked folder.</summary>
    internal static IReadOnlyList<LocationCoverage> Of(SeedIndex index)
    {
        var bodies = Enumerable.Range(0, index.EntityTotal).Select(index.Entity).Where(e => LocationRule.Applies(e.Kind)).ToLookup(e => e.Kind);
        return LocationRule.Kinds
            .Select(kind => new LocationCoverage(
                kind.ToString(),
                bodies[kind].Count(e => e.Located),
                bodies[kind].Count(e => !e.Located && e.UnknownPlace),
                bodies[kind].Count()))
            .ToList();
    }

    internal static IEnumerable<SeedProblem> Check(SeedIndex index)
    {
        for (var number = 0; number < index.EntityTotal; number++)
        {
            var entity = index.Entity(number);
            if (!LocationRule.Applies(entity.Kind))
            {
                continue;
            }

            var id = index.EntityId(number);
            var path = $"entity {id}";
            if (!entity.Located && !entity.UnknownPlace)
            {
                yield return new SeedProblem(entity.Position, path,
                    $"{entity.Kind} '{id}' has no place: add a LOCATED_IN relation to the most precise region a document or a reference source gives, " +
                    $"or props.{LocationRule.UnknownProperty} with the reason its place cannot be known");
            }
            else if (entity.Located && entity.UnknownPlace)
            {
                yield return new SeedProblem(entity.Position, $"{path}.props.{LocationRule.UnknownProperty}",
                    $"{entity.Kind} '{id}' has a LOCATED_IN relation, so its place is known: remove {LocationRule.UnknownProperty}");
            }
        }
    }

    private static HashSet<string> LocatedIds(IEnumerable<GraphRelation> relations) =>
        relations.Where(r => r.Type == RelationType.LocatedIn).Select(r => r.From).ToHashSet(StringComparer.Ordinal);

    private static bool HasReason(GraphEntity entity) => entity.Properties.ContainsKey(LocationRule.UnknownProperty);
}
