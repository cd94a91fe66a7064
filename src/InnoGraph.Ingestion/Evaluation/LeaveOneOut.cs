using System.Globalization;
using InnoGraph.Domain.Model;
using InnoGraph.Domain.Seeds;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Normalisation;

namespace InnoGraph.Ingestion.Evaluation;

/// <summary>One document's scores: entities, responsible-unit lists, co-building, location and indicator values.</summary>
public sealed record DocumentScores(string Source, string File, IReadOnlyList<Score> Scores, int GazetteerRemoved);

/// <summary>
/// Leave-one-out over the curated documents: for each, the entities only it names leave the
/// gazetteer (with the relations that touch them), the document is ingested, and what it proposes is
/// compared with what the seeds say it states. Entities by exact name and kind; responsible-unit lists
/// by paragraph and the exact names in order; co-building and location by the names at both ends (a pair
/// only another document states is not counted);
/// indicator values by indicator, region, year, value and status. Names, not ids, are compared, since
/// a new entity's id is the reviewer's to choose.
/// </summary>
public static class LeaveOneOut
{
    public const string Entities = "entities";
    public const string UnitLists = "responsible-unit lists";
    public const string UnitListsByAlias = "responsible-unit lists, units by the full graph's names";
    public const string CoBuilding = "co-building";
    public const string Location = "location";
    public const string Values = "indicator values";

    /// <param name="evaluated">Which sources to evaluate (e.g. only held-out documents); null: every document source.</param>
    /// <param name="unseen">Sources no document's gazetteer may draw on (the held-out labels: each held-out document is
    /// ingested knowing the curated graph alone); the evaluated document's own are left out in any case.</param>
    public static IReadOnlyList<DocumentScores> Run(SeedDataset dataset, string documentsFolder, IReadOnlySet<string>? evaluated = null, IReadOnlySet<string>? unseen = null)
    {
        var full = GazetteerIndex.Of(dataset);
        var names = dataset.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var results = new List<DocumentScores>();
        foreach (var source in dataset.Entities.Where(e => e.Kind == EntityKind.Document && Equals(e.Properties.GetValueOrDefault("sourceKind"), "document") && (evaluated is null || evaluated.Contains(e.Id))).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var file = (string)source.Properties["file"];
            var path = Path.Combine(documentsFolder, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"the source document {file} of {source.Id} is not in {documentsFolder}", path);
            }

            var id = source.Id;
            var hidden = new HashSet<string>(unseen ?? new HashSet<string>(), StringComparer.Ordinal) { id };
            var gazetteer = full.Without(e => e.Documents.Count > 0 && e.Documents.All(hidden.Contains) && !e.IsReference, hidden);
            var options = IngestOptions.Of(source);
            var result = new DocumentIngester(gazetteer).Ingest(DocumentFile.Read(path), options);
            var city = options.City is null ? null : DocumentCity.Find(full, options.City);
            results.Add(new DocumentScores(id, file, Compare(dataset, names, id, result, new NameResolver(full, city), full), full.Entities.Count - gazetteer.Entities.Count));
        }

        return results;
    }

    private static List<Score> Compare(SeedDataset dataset, Dictionary<string, string> names, string source, IngestResult result, NameResolver resolver, GazetteerIndex full)
    {
        var proposedNames = result.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string Proposed(string id) => proposedNames.GetValueOrDefault(id) ?? names.GetValueOrDefault(id) ?? id;
        string Gold(string id) => names.GetValueOrDefault(id) ?? id;
        bool Here(IEnumerable<string> locators) => locators.Any(l => l.StartsWith(source + ":", StringComparison.Ordinal));

        var goldEntities = dataset.Entities.Where(e => e.Kind != EntityKind.Document && Here(e.Sources)).Select(e => $"{e.Kind} {e.Name}");
        var proposedEntities = result.Entities.Select(e => $"{e.Kind} {e.Name}").Distinct();
        var relations = dataset.Relations.Where(r => Here(r.Sources)).ToList();

        var goldLists = relations.Where(r => r.Type == RelationType.ResponsibleFor).GroupBy(r => r.To)
            .Select(g => UnitList(Paragraph(g.First().Sources, source), g.OrderBy(r => Convert.ToInt64(r.Properties["order"], CultureInfo.InvariantCulture)).Select(r => Gold(r.From))));
        var proposedLists = result.Relations.Where(r => r.Type == RelationType.ResponsibleFor).GroupBy(r => r.To)
            .Select(g => UnitList(g.First().Evidence.Paragraph, g.OrderBy(r => (long)r.Properties["order"]).Select(r => Proposed(r.From))));

        // The same lists with each unit's words as the full graph reads them: whether the lists were
        // found, split and ordered right, apart from naming bodies the left-out gazetteer lacks.
        string ByAlias(RelationProposal r)
        {
            var key = GazetteerIndex.Key(r.Evidence.Text);
            var candidates = full.Lookup(key);
            return candidates.Count == 0 ? Proposed(r.From) : resolver.Resolve(new GazetteerMatch(0, key.Length, key, candidates)).Name;
        }

        var aliasLists = result.Relations.Where(r => r.Type == RelationType.ResponsibleFor).GroupBy(r => r.To)
            .Select(g => UnitList(g.First().Evidence.Paragraph, g.OrderBy(r => (long)r.Properties["order"]).Select(ByAlias)));

        return
        [
            Score.Of(Entities, goldEntities, proposedEntities),
            Score.Of(UnitLists, goldLists, proposedLists),
            Score.Of(UnitListsByAlias, goldLists, aliasLists),
            Pairs(CoBuilding, RelationType.CoBuiltWith),
            Pairs(Location, RelationType.LocatedIn),
            Score.Of(Values,
                relations.Where(r => r.Type == RelationType.Measured).Select(r => Value(Gold(r.To), Gold(r.From), r.Properties)),
                result.Observations.Select(o => Value(Proposed(o.Indicator), Proposed(o.Region), o.Year, o.Value, o.Status))),
        ];

        // A pair another document states is neither right nor wrong here: its labels could not declare it again.
        Score Pairs(string measure, RelationType type)
        {
            var gold = relations.Where(r => r.Type == type).Select(r => $"{Gold(r.From)} → {Gold(r.To)}").ToHashSet(StringComparer.Ordinal);
            var elsewhere = dataset.Relations.Where(r => r.Type == type && !Here(r.Sources)).Select(r => $"{Gold(r.From)} → {Gold(r.To)}").ToHashSet(StringComparer.Ordinal);
            return Score.Of(measure, gold,
                result.Relations.Where(r => r.Type == type).Select(r => $"{Proposed(r.From)} → {Proposed(r.To)}").Where(p => gold.Contains(p) || !elsewhere.Contains(p)));
        }
    }

    private static int Paragraph(IEnumerable<string> locators, string source) =>
        locators.Select(l => Locator.TryParse(l, out var locator, out _) ? locator : null)
            .Where(l => l?.Source == source).Select(l => (int)(l!.Paragraph ?? 0)).FirstOrDefault();

    private static string UnitList(int paragraph, IEnumerable<string> units) => $"p{paragraph}: {string.Join("、", units)}";

    private static string Value(string indicator, string region, IReadOnlyDictionary<string, object> props) =>
        Value(indicator, region, Convert.ToInt32(props["year"], CultureInfo.InvariantCulture), Convert.ToDecimal(props["value"], CultureInfo.InvariantCulture), (string)props["status"]);

    private static string Value(string indicator, string region, int year, decimal value, string status) =>
        string.Create(CultureInfo.InvariantCulture, $"{indicator} {region} {year} {value:0.####} {status}");
}
