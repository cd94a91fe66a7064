using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>A checked dataset held in memory, ready to write: entities (documents included) and relations, and a version that changes with any content.</summary>
public sealed record SeedDataset(IReadOnlyList<GraphEntity> Entities, IReadOnlyList<GraphRelation> Relations, string Version, int FileCount) : ISeedRows
{
    public IReadOnlyDictionary<EntityKind, int> EntityCounts => Entities.CountBy(e => e.Kind).ToDictionary();

    public IReadOnlyDictionary<RelationType, int> RelationCounts => Relations.CountBy(r => r.Type).ToDictionary();

    int ISeedRows.EntityCount => Entities.Count;

    int ISeedRows.RelationCount => Relations.Count;

    public IEnumerable<GraphEntity> ReadEntities() => Entities;

    public IEnumerable<GraphRelation> ReadRelations() => Relations;
}
