using InnoGraph.Domain.Model;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// What the checks across files need to know of every file, gathered in a first pass: the sources whole (there are
/// few), and of each entity only its id, kind, position and whether it gives a reason for having no place — never the
/// entity itself, so a large folder is held as ids, not as entities. Also the locators mentions add to an entity, and
/// how many rows of each kind there are.
/// </summary>
internal sealed class SeedIndex
{
    private readonly Dictionary<string, int> _entityNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _entityIds = [];
    private readonly List<EntityFacts> _entities = [];
    private readonly Dictionary<string, List<string>> _mentionSources = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityKind, int> _entityCounts = [];
    private readonly Dictionary<RelationType, int> _relationCounts = [];
    private readonly List<(string File, byte[] Hash, bool Valid)> _files = [];

    public Dictionary<string, SourceDeclaration> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Duplicate source ids, as sources (<c>duplicate source id</c>) and as ids (<c>duplicate id</c>).</summary>
    public List<SeedProblem> DuplicateSources { get; } = [];

    public List<SeedProblem> DuplicateSourceIds { get; } = [];

    public IReadOnlyDictionary<EntityKind, int> EntityCounts => _entityCounts;

    public IReadOnlyDictionary<RelationType, int> RelationCounts => _relationCounts;

    /// <summary>Takes every declaration of the file; what a file with a syntax error declared is dropped, as if it declared nothing.</summary>
    public void Add(SeedFileRead file)
    {
        var staged = new List<object>();
        foreach (var declaration in file.Declarations())
        {
            staged.Add(declaration switch
            {
                EntityDeclaration entity => new StagedEntity(entity.Entity.Id, new EntityFacts(entity.Entity.Kind, entity.Position, entity.Entity.Properties.ContainsKey(LocationRule.UnknownProperty))),
                RelationDeclaration relation => relation.Relation.Type,
                MentionDeclaration mention => (mention.EntityId, mention.Locators.Select(l => l.Locator.ToString()).ToList()),
                _ => declaration,
            });
        }

        _files.Add((file.File, file.ContentHash, file.Valid));
        if (file.Valid)
        {
            Commit(staged);
        }
    }

    /// <summary>Whether the file of this number (in the files' order) parsed, so that its declarations count.</summary>
    public bool Counts(int file) => _files[file].Valid;

    public byte[] ContentHash(int file) => _files[file].Hash;

    public IEnumerable<(string File, byte[] Hash)> FileHashes => _files.Select(f => (f.File, f.Hash));

    private void Commit(List<object> staged)
    {
        foreach (var source in staged.OfType<SourceDeclaration>())
        {
            Count(_entityCounts, EntityKind.Document);
            if (!Sources.TryAdd(source.Id, source))
            {
                var first = Sources[source.Id].Position;
                DuplicateSources.Add(new SeedProblem(source.Position, "sources", $"duplicate source id '{source.Id}': also declared at {first}"));
                DuplicateSourceIds.Add(new SeedProblem(source.Position, "entities", SeedCrossChecker.DuplicateId(source.Id, first)));
            }
        }

        foreach (var entity in staged.OfType<StagedEntity>())
        {
            Count(_entityCounts, entity.Facts.Kind);
            if (_entityNumbers.TryAdd(entity.Id, _entities.Count))
            {
                _entityIds.Add(entity.Id);
                _entities.Add(entity.Facts);
            }
        }

        foreach (var type in staged.OfType<RelationType>())
        {
            Count(_relationCounts, type);
        }

        foreach (var (id, locators) in staged.OfType<(string, List<string>)>())
        {
            if (!_mentionSources.TryGetValue(id, out var sources))
            {
                _mentionSources[id] = sources = [];
            }

            sources.AddRange(locators);
        }
    }

    /// <summary>The number of the entity (not source) first declared with this id, or -1.</summary>
    public int EntityNumber(string id) => _entityNumbers.GetValueOrDefault(id, -1);

    public EntityFacts Entity(int number) => _entities[number];

    public string EntityId(int number) => _entityIds[number];

    public int EntityTotal => _entities.Count;

    /// <summary>The kind of what the id names: a source (a document) first, as sources are declared first, else an entity.</summary>
    public bool TryKind(string id, out EntityKind kind)
    {
        if (Sources.ContainsKey(id))
        {
            kind = EntityKind.Document;
            return true;
        }

        var number = EntityNumber(id);
        kind = number < 0 ? default : _entities[number].Kind;
        return number >= 0;
    }

    /// <summary>Every id, sources first, in the order they were declared: where a close match is looked for.</summary>
    public IEnumerable<string> Ids => Sources.Keys.Concat(_entityIds.Where(id => !Sources.ContainsKey(id)));

    public void MarkLocated(int number) => _entities[number] = _entities[number] with { Located = true };

    /// <summary>Drops what only the checks needed (the ids, kinds and positions of the entities); a load needs only the mentions, counts and file hashes.</summary>
    public void ReleaseChecks()
    {
        _entityNumbers.Clear();
        _entityNumbers.TrimExcess();
        _entityIds.Clear();
        _entityIds.TrimExcess();
        _entities.Clear();
        _entities.TrimExcess();
    }

    /// <summary>The locators that mentions give for the entity, in the mentions' order.</summary>
    public IReadOnlyList<string> MentionSources(string id) => _mentionSources.TryGetValue(id, out var sources) ? sources : [];

    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}

/// <summary>An entity of a file not yet known to have parsed.</summary>
internal sealed record StagedEntity(string Id, EntityFacts Facts);

/// <summary>What the checks across files need of one entity.</summary>
internal readonly record struct EntityFacts(EntityKind Kind, SeedPosition Position, bool UnknownPlace, bool Located = false);
