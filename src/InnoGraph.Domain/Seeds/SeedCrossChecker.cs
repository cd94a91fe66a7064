using InnoGraph.Domain.Model;
using InnoGraph.Domain.Validation;

namespace InnoGraph.Domain.Seeds;

/// <summary>
/// Checks what no single item can: duplicate ids and relations, relations and mentions that point
/// at nothing, kinds a relation type does not connect (<see cref="RelationRules"/>), locators to
/// unknown sources or past the end of a document (<see cref="LocatorRules"/>).
/// </summary>
internal sealed class SeedCrossChecker(List<SeedProblem> problems)
{
    public void Check(SeedSectionReader read)
    {
        var sources = CheckSources(read.Sources);
        var entities = CheckEntityIds(read);
        foreach (var source in read.Sources)
        {
            CheckSourceReferences(source, entities);
        }

        foreach (var entity in read.Entities)
        {
            CheckLocators(entity.Locators, sources, $"entity {entity.Entity.Id}");
        }

        var relations = new Dictionary<string, SeedPosition>(StringComparer.Ordinal);
        foreach (var relation in read.Relations)
        {
            CheckRelation(relation, entities, relations);
            CheckLocators(relation.Locators, sources, relation.Path);
        }

        foreach (var mention in read.Mentions)
        {
            if (!entities.ContainsKey(mention.EntityId))
            {
                Add(mention.Position, $"{mention.Path}.entity", RelationRules.NoSuchEntity(mention.EntityId) + Suggest(mention.EntityId, entities.Keys));
            }

            CheckLocators(mention.Locators, sources, mention.Path);
        }
    }

    private Dictionary<string, SourceDeclaration> CheckSources(IEnumerable<SourceDeclaration> declared)
    {
        var sources = new Dictionary<string, SourceDeclaration>(StringComparer.Ordinal);
        foreach (var source in declared)
        {
            if (!sources.TryAdd(source.Id, source))
            {
                Add(source.Position, "sources", $"duplicate source id '{source.Id}': also declared at {sources[source.Id].Position}");
            }
        }

        return sources;
    }

    private Dictionary<string, (EntityKind Kind, SeedPosition Position)> CheckEntityIds(SeedSectionReader read)
    {
        var entities = new Dictionary<string, (EntityKind, SeedPosition)>(StringComparer.Ordinal);
        foreach (var (id, kind, position) in read.Sources.Select(s => (s.Id, EntityKind.Document, s.Position))
                     .Concat(read.Entities.Select(e => (e.Entity.Id, e.Entity.Kind, e.Position))))
        {
            if (!entities.TryAdd(id, (kind, position)))
            {
                Add(position, "entities", $"duplicate id '{id}': also declared at {entities[id].Item2}; declare it once and add a 'mentions' entry for other places");
            }
        }

        return entities;
    }

    private void CheckSourceReferences(SourceDeclaration source, Dictionary<string, (EntityKind Kind, SeedPosition Position)> entities)
    {
        foreach (var field in new[] { "publisher", "city" })
        {
            if (source.Entity.Properties.TryGetValue(field, out var value) && value is string id && !entities.ContainsKey(id))
            {
                Add(source.Position, $"sources.{source.Id}.{field}", RelationRules.NoSuchEntity(id) + Suggest(id, entities.Keys));
            }
        }
    }

    private void CheckRelation(
        RelationDeclaration declaration,
        Dictionary<string, (EntityKind Kind, SeedPosition Position)> entities,
        Dictionary<string, SeedPosition> seen)
    {
        var relation = declaration.Relation;
        var spec = RelationTypes.Of(relation.Type);
        var fromKnown = entities.TryGetValue(relation.From, out var from);
        var toKnown = entities.TryGetValue(relation.To, out var to);
        var fromProblem = fromKnown ? RelationRules.Start(spec, relation.From, from.Kind) : RelationRules.NoSuchEntity(relation.From) + Suggest(relation.From, entities.Keys);
        if (fromProblem is not null)
        {
            Add(declaration.FromPosition, $"{declaration.Path}.from", fromProblem);
        }

        var toProblem = toKnown ? RelationRules.End(spec, relation.To, to.Kind) : RelationRules.NoSuchEntity(relation.To) + Suggest(relation.To, entities.Keys);
        if (toProblem is not null)
        {
            Add(declaration.ToPosition, $"{declaration.Path}.to", toProblem);
        }

        if (!seen.TryAdd(relation.Id, declaration.Position))
        {
            Add(declaration.Position, declaration.Path, $"duplicate relation {relation.Id}: also at {seen[relation.Id]}; merge the two (list both locators in 'at') or give them different 'key's");
        }
    }

    private void CheckLocators(IReadOnlyList<(Locator Locator, SeedPosition Position)> locators, Dictionary<string, SourceDeclaration> sources, string path)
    {
        foreach (var (locator, position) in locators)
        {
            var facts = sources.TryGetValue(locator.Source, out var source) ? new SourceFacts(source.Id, source.SourceKind == "document", source.Paragraphs) : null;
            if (LocatorRules.Check(locator, facts) is { } problem)
            {
                Add(position, path, facts is null ? problem + Suggest(locator.Source, sources.Keys) : problem);
            }
        }
    }

    private void Add(SeedPosition position, string path, string message) => problems.Add(new SeedProblem(position, path, message));

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
}
