using InnoGraph.Domain.Model;

namespace InnoGraph.Cli.Generation;

/// <summary>
/// What a synthetic dataset copies from the seeds: how many entities of each kind there are, the
/// entities that serve as templates of each kind (names, aliases, typed properties), the relations
/// that serve as templates (type, kinds at both ends, properties), and relations per entity.
/// </summary>
/// <remarks>
/// Keyed relations (observations, several relations of one type between one pair) are left out:
/// a synthetic relation joins a pair it picks at random, and the key would be meaningless there.
/// <c>LOCATED_IN</c> of the kinds <see cref="LocationRule"/> covers is not a template either: every
/// such body gets exactly one, as the seeds' location rule wants.
/// </remarks>
public sealed record SeedProportions(
    IReadOnlyList<(EntityKind Kind, int Count)> Kinds,
    IReadOnlyDictionary<EntityKind, IReadOnlyList<GraphEntity>> EntityTemplates,
    IReadOnlyList<RelationTemplate> RelationTemplates,
    double RelationsPerEntity)
{
    public static SeedProportions Of(IReadOnlyList<GraphEntity> entities, IReadOnlyList<GraphRelation> relations)
    {
        var catalogue = entities.Where(e => e.Kind != EntityKind.Document).ToList();
        var kindOf = entities.ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal);
        var kinds = catalogue.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList();
        var templates = catalogue.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<GraphEntity>)g.OrderBy(e => e.Id, StringComparer.Ordinal).ToList());
        var relationTemplates = relations
            .Where(r => r.Key is null && r.Type != RelationType.Measured)
            .Select(r => new RelationTemplate(kindOf[r.From], r.Type, kindOf[r.To], r.Properties))
            .Where(t => t.From != EntityKind.Document && t.To != EntityKind.Document)
            .Where(t => !(t.Type == RelationType.LocatedIn && LocationRule.Applies(t.From)))
            .ToList();
        return new SeedProportions(kinds, templates, relationTemplates, (double)relations.Count / catalogue.Count);
    }

    /// <summary>
    /// How many of <paramref name="total"/> entities each kind gets: its share of the seeds, rounded
    /// by largest remainder so that the counts add up to <paramref name="total"/> exactly.
    /// </summary>
    public IReadOnlyList<(EntityKind Kind, int Count)> Allocate(int total)
    {
        var weight = Kinds.Sum(k => k.Count);
        var exact = Kinds.Select(k => (k.Kind, Value: (double)total * k.Count / weight)).ToList();
        var counts = exact.Select(e => (e.Kind, Count: (int)Math.Floor(e.Value))).ToList();
        var missing = total - counts.Sum(c => c.Count);
        foreach (var index in exact.Select((e, i) => (Remainder: e.Value - Math.Floor(e.Value), i)).OrderByDescending(e => e.Remainder).ThenBy(e => e.i).Take(missing).Select(e => e.i))
        {
            counts[index] = (counts[index].Kind, counts[index].Count + 1);
        }

        return counts;
    }
}

/// <summary>A seed relation's shape: its type, the kinds it joins and its typed properties.</summary>
public sealed record RelationTemplate(EntityKind From, RelationType Type, EntityKind To, IReadOnlyDictionary<string, object> Properties);
