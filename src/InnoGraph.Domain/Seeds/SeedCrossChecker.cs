using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Checks what no single item can: duplicate ids and relations, relations and mentions that point
/// at nothing, kinds a relation type does not connect (<see cref="RelationRules"/>), locators to
/// unknown sources or past the end of a document (<see cref="LocatorRules"/>). A second pass over the
/// files, a file at a time, against the <see cref="SeedIndex"/> of the first; it keeps the relations it
/// has seen by the numbers of their ends, not their ids.
/// </summary>
internal sealed class SeedCrossChecker(SeedIndex index)
{
    private readonly List<SeedProblem> _entityIds = [];
    private readonly List<SeedProblem> _sourceReferences = [];
    private readonly List<SeedProblem> _entityLocators = [];
    private readonly List<SeedProblem> _relations = [];
    private readonly List<SeedProblem> _mentions = [];
    private readonly Dictionary<RelationIdentity, SeedPosition> _seenRelations = [];
    private readonly Dictionary<string, int> _otherIds = new(StringComparer.Ordinal);

    /// <summary>Every problem found, in the order of the checks: ids, source references, entity locators, relations, mentions.</summary>
    public IEnumerable<SeedProblem> Problems(IEnumerable<SeedProblem> duplicateSourceIds) =>
        duplicateSourceIds.Concat(_entityIds).Concat(_sourceReferences).Concat(_entityLocators).Concat(_relations).Concat(_mentions);

    public static string DuplicateId(string id, SeedPosition first) =>
        $"duplicate id '{id}': also declared at {first}; declare it once and add a 'mentions' entry for other places";

    public void Check(object declaration)
    {
        switch (declaration)
        {
            case SourceDeclaration source:
                CheckSourceReferences(source);
                break;
            case EntityDeclaration entity:
                CheckEntityId(entity);
                CheckLocators(_entityLocators, entity.Locators, $"entity {entity.Entity.Id}");
                break;
            case RelationDeclaration relation:
                CheckRelation(relation);
                CheckLocators(_relations, relation.Locators, relation.Path);
                break;
            case MentionDeclaration mention:
                if (!index.TryKind(mention.EntityId, out _))
                {
                    _mentions.Add(new SeedProblem(mention.Position, $"{mention.Path}.entity", RelationRules.NoSuchEntity(mention.EntityId) + Suggest(mention.EntityId)));
                }

                CheckLocators(_mentions, mention.Locators, mention.Path);
                break;
        }
    }

    private void CheckEntityId(EntityDeclaration entity)
    {
        var id = entity.Entity.Id;
        var first = index.Sources.TryGetValue(id, out var source) ? source.Position : index.Entity(index.EntityNumber(id)).Position;
        if (first != entity.Position)
        {
            _entityIds.Add(new SeedProblem(entity.Position, "entities", DuplicateId(id, first)));
        }
    }

    private void CheckSourceReferences(SourceDeclaration source)
    {
        foreach (var field in new[] { "publisher", "city" })
        {
            if (source.Entity.Properties.TryGetValue(field, out var value) && value is string id && !index.TryKind(id, out _))
            {
                _sourceReferences.Add(new SeedProblem(source.Position, $"sources.{source.Id}.{field}", RelationRules.NoSuchEntity(id) + Suggest(id)));
            }
        }
    }

    private void CheckRelation(RelationDeclaration declaration)
    {
        var relation = declaration.Relation;
        var spec = RelationTypes.Of(relation.Type);
        var fromProblem = index.TryKind(relation.From, out var fromKind) ? RelationRules.Start(spec, relation.From, fromKind) : RelationRules.NoSuchEntity(relation.From) + Suggest(relation.From);
        if (fromProblem is not null)
        {
            _relations.Add(new SeedProblem(declaration.FromPosition, $"{declaration.Path}.from", fromProblem));
        }

        var toProblem = index.TryKind(relation.To, out var toKind) ? RelationRules.End(spec, relation.To, toKind) : RelationRules.NoSuchEntity(relation.To) + Suggest(relation.To);
        if (toProblem is not null)
        {
            _relations.Add(new SeedProblem(declaration.ToPosition, $"{declaration.Path}.to", toProblem));
        }

        var identity = new RelationIdentity(Number(relation.From), relation.Type, Number(relation.To), relation.Key);
        if (!_seenRelations.TryAdd(identity, declaration.Position))
        {
            _relations.Add(new SeedProblem(declaration.Position, declaration.Path, Duplicate(relation, _seenRelations[identity])));
        }

        if (relation.Type == RelationType.LocatedIn && index.EntityNumber(relation.From) is >= 0 and var located)
        {
            index.MarkLocated(located);
        }
    }

    /// <summary>An entity's number; sources and ids that name nothing get numbers below zero, the same for the same id.</summary>
    private int Number(string id)
    {
        var number = index.EntityNumber(id);
        if (number >= 0)
        {
            return number;
        }

        if (!_otherIds.TryGetValue(id, out number))
        {
            _otherIds[id] = number = -1 - _otherIds.Count;
        }

        return number;
    }

    private void CheckLocators(List<SeedProblem> problems, IReadOnlyList<(Locator Locator, SeedPosition Position)> locators, string path)
    {
        foreach (var (locator, position) in locators)
        {
            var facts = index.Sources.TryGetValue(locator.Source, out var source) ? new SourceFacts(source.Id, source.SourceKind == "document", source.Paragraphs) : null;
            if (LocatorRules.Check(locator, facts) is { } problem)
            {
                problems.Add(new SeedProblem(position, path, facts is null ? problem + Suggest(locator.Source, index.Sources.Keys) : problem));
            }
        }
    }

    private string Suggest(string id) => Suggest(id, index.Ids);

    private static string Suggest(string id, IEnumerable<string> known)
    {
        var close = known.Where(k => Distance(k, id) <= Math.Max(2, id.Length / 6)).OrderBy(k => Distance(k, id)).FirstOrDefault();
        return close is null ? "" : $" (did you mean '{close}'?)";
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 6)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    /// <summary>A relation's id (<see cref="GraphRelation.Id"/>) by the numbers of its ends: two are the same relation when these are equal.</summary>
    private readonly record struct RelationIdentity(int From, RelationType Type, int To, string? Key);

    private static string Duplicate(GraphRelation relation, SeedPosition seen) => relation.Type == RelationType.Measured
        ? $"duplicate observation {relation.Id}: also at {seen}; a region has one figure of an indicator per year, status and qualifier: if the sources agree, keep one and list both locators in its 'at'; if they differ, keep the one you trust"
        : $"duplicate relation {relation.Id}: also at {seen}; merge the two (list both locators in 'at') or give them different 'key's";
}
