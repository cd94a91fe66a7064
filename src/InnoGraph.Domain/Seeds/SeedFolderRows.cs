using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// The rows of a checked seed folder, read again from its files on each enumeration, a few files at a time: entities
/// (with the locators of their mentions) in one pass, relations in another, never all of either at once. A file whose
/// content is no longer what was checked stops the pass.
/// </summary>
internal sealed class SeedFolderRows(SeedFileSet files, SeedIndex index, string version) : ISeedRows
{
    public string Version => version;

    public int FileCount => files.Count;

    public IReadOnlyDictionary<EntityKind, int> EntityCounts => index.EntityCounts;

    public IReadOnlyDictionary<RelationType, int> RelationCounts => index.RelationCounts;

    public IEnumerable<GraphEntity> ReadEntities()
    {
        foreach (var declaration in Declarations())
        {
            switch (declaration)
            {
                case SourceDeclaration source:
                    yield return source.Entity;
                    break;
                case EntityDeclaration entity:
                    yield return WithMentions(entity.Entity, index);
                    break;
            }
        }
    }

    public IEnumerable<GraphRelation> ReadRelations() => Declarations().OfType<RelationDeclaration>().Select(r => r.Relation);

    /// <summary>The entity with the locators that mentions elsewhere give for it among its sources.</summary>
    public static GraphEntity WithMentions(GraphEntity entity, SeedIndex index) =>
        index.MentionSources(entity.Id) is { Count: > 0 } mentioned ? entity with { Sources = [.. entity.Sources.Concat(mentioned).Distinct()] } : entity;

    private IEnumerable<object> Declarations()
    {
        var number = 0;
        foreach (var file in files.Read())
        {
            foreach (var declaration in file.Declarations())
            {
                yield return declaration;
            }

            if (number >= files.Count || !file.ContentHash.AsSpan().SequenceEqual(index.ContentHash(number)))
            {
                throw new InvalidOperationException($"{file.File} changed after the seeds were checked: check and load them again.");
            }

            number++;
        }
    }
}
