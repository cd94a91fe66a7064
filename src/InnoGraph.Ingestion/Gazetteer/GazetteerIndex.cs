using System.Collections.Frozen;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Domain.Text;
using InnoGraph.Ingestion.Normalisation;

namespace InnoGraph.Ingestion.Gazetteer;

/// <summary>A name found in a text, and every known entity that name may mean.</summary>
public sealed record GazetteerMatch(int Start, int End, string Name, IReadOnlyList<KnownEntity> Candidates);

/// <summary>
/// Every name and alias of the graph's entities, in the normalised form the rules read, for
/// longest-first matching in a paragraph. A name shared by several entities (市科技局 of each city)
/// keeps all of them: which one a document means is the resolver's to say.
/// </summary>
public sealed class GazetteerIndex
{
    private readonly FrozenDictionary<string, KnownEntity[]> _byName;
    private readonly int _longest;
    private ILookup<string, string>? _partOf;

    private GazetteerIndex(IReadOnlyList<KnownEntity> entities)
    {
        Entities = entities;
        ById = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _byName = entities.SelectMany(e => e.Names.Select(n => (Name: n, Entity: e)))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Entity).Distinct().ToArray(), StringComparer.Ordinal);
        _longest = _byName.Count == 0 ? 0 : _byName.Keys.Max(k => k.Length);
    }

    public IReadOnlyList<KnownEntity> Entities { get; }

    public FrozenDictionary<string, KnownEntity> ById { get; }

    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>The ids of the relations the graph already has (<c>from|TYPE|to[|key]</c>): a draft does not declare them twice.</summary>
    public IReadOnlySet<string> Relations { get; private init; } = new HashSet<string>();

    /// <summary>The documents each relation of <see cref="Relations"/> rests on (none for reference facts).</summary>
    private IReadOnlyDictionary<string, IReadOnlySet<string>> RelationDocuments { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    public static GazetteerIndex Of(IEnumerable<KnownEntity> entities) => new([.. entities]);

    public static GazetteerIndex Of(SeedDataset dataset) =>
        new([.. dataset.Entities.Where(e => e.Kind != EntityKind.Document).Select(KnownEntity.Of)])
        {
            Relations = dataset.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            RelationDocuments = dataset.Relations.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (IReadOnlySet<string>)g.SelectMany(r => r.Sources).Select(s => s.Split(':')[0]).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal),
        };

    /// <summary>
    /// The same gazetteer without the entities <paramref name="remove"/> picks, nor the relations that
    /// touch them or rest on <paramref name="sources"/> alone (for leave-one-out evaluation).
    /// </summary>
    public GazetteerIndex Without(Func<KnownEntity, bool> remove, IReadOnlySet<string>? sources = null)
    {
        var kept = Entities.Where(e => !remove(e)).ToList();
        var ids = kept.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        bool OnlyFrom(string relation) => sources is not null && RelationDocuments.TryGetValue(relation, out var documents) && documents.Count > 0 && documents.All(sources.Contains);
        var relations = Relations.Where(r => r.Split('|') is var parts && ids.Contains(parts[0]) && ids.Contains(parts[2]) && !OnlyFrom(r)).ToHashSet(StringComparer.Ordinal);
        return new(kept) { Relations = relations, RelationDocuments = RelationDocuments };
    }

    /// <summary>The entities <paramref name="id"/> is part of (its PART_OF relations), read once from <see cref="Relations"/>.</summary>
    public IEnumerable<KnownEntity> PartOf(string id) =>
        (_partOf ??= Relations.Select(r => r.Split('|')).Where(r => r.Length == 3 && r[1] == "PART_OF")
            .ToLookup(r => r[0], r => r[2], StringComparer.Ordinal))[id]
        .Select(parent => ById.GetValueOrDefault(parent)).OfType<KnownEntity>();

    /// <summary>What <paramref name="id"/> is part of, directly or through its parents, nearest first (a district's city, then its province).</summary>
    public IEnumerable<KnownEntity> Ancestors(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var level = PartOf(id).ToList();
        while (level.Count > 0)
        {
            level = [.. level.Where(a => seen.Add(a.Id))];
            foreach (var ancestor in level)
            {
                yield return ancestor;
            }

            level = [.. level.SelectMany(a => PartOf(a.Id))];
        }
    }

    public IReadOnlyList<KnownEntity> Lookup(string name) =>
        _byName.TryGetValue(Key(name), out var found) ? found : [];

    /// <summary>Longest names first, left to right, never overlapping.</summary>
    public IReadOnlyList<GazetteerMatch> Match(string text)
    {
        var matches = new List<GazetteerMatch>();
        var i = 0;
        while (i < text.Length)
        {
            var found = false;
            for (var length = Math.Min(_longest, text.Length - i); length >= 2; length--)
            {
                if (_byName.TryGetValue(text.Substring(i, length), out var candidates))
                {
                    matches.Add(new GazetteerMatch(i, i + length, text.Substring(i, length), candidates));
                    i += length;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>A name as the rules read it: simplified, half-width, without layout whitespace.</summary>
    public static string Key(string name) => TextNormaliser.Normalise(ChineseScript.ToSimplified(name)).Text;

    /// <summary>Only names with a Chinese character and two characters or more are matched in text; Latin short forms would match inside words.</summary>
    public static bool IsSearchable(string name) => name.Length >= 2 && name.Any(ChineseScript.IsHan);
}
