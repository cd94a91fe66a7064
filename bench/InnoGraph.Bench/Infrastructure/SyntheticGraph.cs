using InnoGraph.Domain.Model;

namespace InnoGraph.Bench.Infrastructure;

/// <summary>
/// Generated entities and relations in the shape the seeds produce (names in two scripts, an alias,
/// a locator, typed properties). Ids carry a tag so benchmarks never touch each other's data.
/// </summary>
public sealed record SyntheticGraph(IReadOnlyList<GraphEntity> Entities, IReadOnlyList<GraphRelation> Relations)
{
    private static readonly EntityKind[] LoadKinds = [EntityKind.Institute, EntityKind.University, EntityKind.Region];

    /// <summary><paramref name="count"/> entities of three kinds and <paramref name="count"/> relations between them.</summary>
    public static SyntheticGraph ForLoading(string tag, int count)
    {
        var entities = Enumerable.Range(0, count).Select(i => Entity(tag, LoadKinds[i % LoadKinds.Length], i)).ToList();
        var relations = new List<GraphRelation>(count);
        for (var i = 0; i < count; i++)
        {
            var to = (i * 7 + 1) % count;
            if (to == i)
            {
                to = (i + 1) % count;
            }

            var type = entities[to].Kind == EntityKind.Region ? RelationType.LocatedIn
                : i % 2 == 0 ? RelationType.CoBuiltWith
                : RelationType.CooperatesWith;
            relations.Add(Relation(entities[i].Id, type, entities[to].Id, i));
        }

        return new SyntheticGraph(entities, relations);
    }

    /// <summary>
    /// <paramref name="institutes"/> institutes, each co-built with two universities, located in a
    /// region and cooperating with the next institute: five relations per institute.
    /// </summary>
    public static SyntheticGraph InstitutesWithNeighbours(string tag, int institutes)
    {
        var insts = Enumerable.Range(0, institutes).Select(i => Entity(tag, EntityKind.Institute, i)).ToList();
        var universities = Enumerable.Range(0, 20).Select(i => Entity(tag, EntityKind.University, i)).ToList();
        var regions = Enumerable.Range(0, 5).Select(i => Entity(tag, EntityKind.Region, i)).ToList();
        var relations = new List<GraphRelation>();
        for (var i = 0; i < institutes; i++)
        {
            var from = insts[i].Id;
            relations.Add(Relation(from, RelationType.CoBuiltWith, universities[i % universities.Count].Id, i));
            relations.Add(Relation(from, RelationType.CoBuiltWith, universities[(i + 7) % universities.Count].Id, i));
            relations.Add(Relation(from, RelationType.LocatedIn, regions[i % regions.Count].Id, i));
            relations.Add(Relation(from, RelationType.CooperatesWith, insts[(i + 1) % institutes].Id, i));
        }

        return new SyntheticGraph([.. insts, .. universities, .. regions], relations);
    }

    private static GraphEntity Entity(string tag, EntityKind kind, int i)
    {
        var spec = EntityKinds.Of(kind);
        var (name, nameEn, properties) = kind switch
        {
            EntityKind.Institute => ($"合成研究院{i}", $"Synthetic Institute {i}", new Dictionary<string, object> { ["founded"] = 2000 + (i % 25), ["level"] = "municipal" }),
            EntityKind.University => ($"合成大学{i}", $"Synthetic University {i}", new Dictionary<string, object> { ["founded"] = 1950 + (i % 70), ["type"] = "university" }),
            _ => ($"合成市{i}", $"Synthetic City {i}", new Dictionary<string, object> { ["level"] = "city" }),
        };
        return new GraphEntity(
            $"{spec.IdPrefix}.{tag}-{i:D5}",
            kind,
            name,
            nameEn,
            [new Name($"合成{i}号", Scripts.Simplified)],
            [$"bench:p{i}"],
            properties);
    }

    private static GraphRelation Relation(string from, RelationType type, string to, int i) =>
        new(from, type, to, Key: null, [$"bench:p{i}"], new Dictionary<string, object> { ["since"] = 2000 + (i % 20) });
}
