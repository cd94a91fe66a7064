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

    internal static IEnumerable<SeedProblem> Check(IEnumerable<EntityDeclaration> entities, IEnumerable<RelationDeclaration> relations)
    {
        var located = LocatedIds(relations.Select(r => r.Relation));
        foreach (var declaration in entities.Where(d => LocationRule.Applies(d.Entity.Kind)))
        {
            var entity = declaration.Entity;
            var path = $"entity {entity.Id}";
            var isLocated = located.Contains(entity.Id);
            if (!isLocated && !HasReason(entity))
            {
                yield return new SeedProblem(declaration.Position, path,
                    $"{entity.Kind} '{entity.Id}' has no place: add a LOCATED_IN relation to the most precise region a document or a reference source gives, " +
                    $"or props.{LocationRule.UnknownProperty} with the reason its place cannot be known");
            }
            else if (isLocated && HasReason(entity))
            {
                yield return new SeedProblem(declaration.Position, $"{path}.props.{LocationRule.UnknownProperty}",
                    $"{entity.Kind} '{entity.Id}' has a LOCATED_IN relation, so its place is known: remove {LocationRule.UnknownProperty}");
            }
        }
    }

    private static HashSet<string> LocatedIds(IEnumerable<GraphRelation> relations) =>
        relations.Where(r => r.Type == RelationType.LocatedIn).Select(r => r.From).ToHashSet(StringComparer.Ordinal);

    private static bool HasReason(GraphEntity entity) => entity.Properties.ContainsKey(LocationRule.UnknownProperty);
}
