using InnoGraph.Domain.Model;
using InnoGraph.Graph.Cypher;
using InnoGraph.Graph.Storage;
using InnoGraph.Neo4j.Client;

namespace InnoGraph.Graph.Loading;

/// <summary>
/// Batched write statements of a seed load, with the property maps of <see cref="StoredEntity"/> and
/// <see cref="StoredRelation"/>. Labels and relationship types are filled in from the allowlists
/// (<see cref="EntityKinds"/>, <see cref="RelationTypes"/>); values always travel as parameters.
/// </summary>
public static class GraphStatements
{
    private static readonly string AllKindLabels = string.Concat(EntityKinds.All.Select(k => ":" + k.Label));

    // A load sends one statement per batch of 500 rows; its text depends only on the kind or type, so it is filled once.
    private static readonly IReadOnlyDictionary<EntityKind, string> UpsertEntityTexts = EntityKinds.All.ToDictionary(
        spec => spec.Kind,
        spec => CypherFiles.Fill(
            "load/upsert-entities.cypher",
            ("KindLabels", AllKindLabels),
            ("Label", spec.Label),
            ("LinkNameKeys", NameKeyLinks.Link("created")),
            ("RefreshNameKeys", NameKeyLinks.Refresh("e"))));

    private static readonly IReadOnlyDictionary<RelationType, string> UpsertRelationTexts = RelationTypes.All.ToDictionary(
        spec => spec.Type,
        spec => CypherFiles.Fill(
            "load/upsert-relations.cypher",
            ("Type", spec.Name),
            ("EndsFound", CypherGuard.OnlyWhen("a.loadMissing IS NULL AND b.loadMissing IS NULL"))));

    public static CypherStatement UpsertEntities(EntityKind kind, IEnumerable<GraphEntity> entities, string seedVersion) =>
        CypherStatement.Of(UpsertEntityTexts[kind], ("rows", entities.Select(e => StoredEntity.Seeded(e, seedVersion)).ToList()));

    public static CypherStatement UpsertRelations(RelationType type, IEnumerable<GraphRelation> relations, string seedVersion) =>
        CypherStatement.Of(
            UpsertRelationTexts[type],
            ("rows", relations.Select(r => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["from"] = r.From,
                ["to"] = r.To,
                ["props"] = StoredRelation.Seeded(r, seedVersion),
            }).ToList()));

    /// <summary>Whether the graph holds a seed entity, and a seed relation (1 or 0 each): without either, a load has nothing to remove.</summary>
    public static IReadOnlyList<CypherStatement> FindSeedData() =>
    [
        CypherStatement.Of(CypherFiles.Get("load/find-seed-entity.cypher"), ("origin", StorageOrigins.Seed)),
        CypherStatement.Of(CypherFiles.Get("load/find-seed-relation.cypher"), ("origin", StorageOrigins.Seed)),
    ];

    /// <summary>Removes up to <paramref name="limit"/> seed relations that the dataset <paramref name="seedVersion"/> no longer holds, and answers how many.</summary>
    public static CypherStatement RemoveStaleRelations(string seedVersion, int limit) =>
        CypherStatement.Of(CypherFiles.Get("load/remove-stale-relations.cypher"), ("version", seedVersion), ("origin", StorageOrigins.Seed), ("limit", limit));

    /// <summary>Removes up to <paramref name="limit"/> seed entities that the dataset <paramref name="seedVersion"/> no longer holds, with the keys only they had, and answers how many.</summary>
    public static CypherStatement RemoveStaleEntities(string seedVersion, int limit) =>
        CypherStatement.Of(
            CypherFiles.Fill("load/remove-stale-entities.cypher", ("RefreshNameKeys", NameKeyLinks.Refresh("e"))),
            ("version", seedVersion),
            ("origin", StorageOrigins.Seed),
            ("limit", limit));
}
