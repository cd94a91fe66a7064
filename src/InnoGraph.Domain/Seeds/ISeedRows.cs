using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Checked seeds as the loader reads them: how many rows of each kind and type, and the rows themselves, read on
/// demand as often as asked — from memory (<see cref="SeedDataset"/>) or again from the files (<see cref="SeedCompiler.CheckDirectory"/>).
/// </summary>
public interface ISeedRows
{
    /// <summary>Changes with any content (<c>DatasetVersion</c>).</summary>
    string Version { get; }

    int FileCount { get; }

    /// <summary>Entities (documents included) per kind.</summary>
    IReadOnlyDictionary<EntityKind, int> EntityCounts { get; }

    IReadOnlyDictionary<RelationType, int> RelationCounts { get; }

    int EntityCount => EntityCounts.Values.Sum();

    int RelationCount => RelationCounts.Values.Sum();

    /// <summary>Every entity, documents included, each once.</summary>
    IEnumerable<GraphEntity> ReadEntities();

    IEnumerable<GraphRelation> ReadRelations();
}
