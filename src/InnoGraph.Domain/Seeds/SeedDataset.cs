using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>A checked dataset, ready to write: entities (documents included) and relations, and a version that changes with any content.</summary>
public sealed record SeedDataset(IReadOnlyList<GraphEntity> Entities, IReadOnlyList<GraphRelation> Relations, string Version, int FileCount);
