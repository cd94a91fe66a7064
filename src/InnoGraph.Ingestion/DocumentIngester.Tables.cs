using InnoGraph.Domain.Model;
using InnoGraph.Ingestion.Facts;
using InnoGraph.Ingestion.Gazetteer;
using InnoGraph.Ingestion.Normalisation;
using InnoGraph.Ingestion.Rules;
using InnoGraph.Ingestion.Rules.Indicators;
using InnoGraph.Ingestion.Rules.Tables;

namespace InnoGraph.Ingestion;

public sealed partial class DocumentIngester
{
    /// <summary>Tables copied from the document: a task table's rows as tasks with their units, an indicator table's as values by year, a list's as bodies with their hosts and places.</summary>
    private sealed partial class Run
    {
        /// <summary>The task of the task table's row being read, and its units so far: a continuation line may add to any of its cells.</summary>
        private (string Task, List<(int Rank, Paragraph Paragraph, Mention Unit)> Units)? _tableTask;

        /// <summary>The bodies and hosts the document's lists name, by name: the text after a list names them so again.</summary>
        private readonly Dictionary<string, Mention> _listedBodies = new(StringComparer.Ordinal);

        /// <summary>A task table's row: its task, and its units added to those the row has so far.</summary>
        private void ReadTaskRow(Paragraph paragraph, TableRow row, List<(UnitList List, List<Mention> Units)> units)
        {
            var text = paragraph.Text.Text;
            if (TaskTableReader.Task(text, row) is { } heading)
            {
                AddTask(paragraph, Numbered(heading));
                _tableTask = (_task!, []);
                _task = null;
            }
            else if (_tableTask is { } open && row.Continues)
            {
                var task = Entities[open.Task];
                var span = TaskTableReader.NameTail(text, row) ?? (0, 0);
                Entities[open.Task] = task with
                {
                    Name = task.Name + text[span.Start..span.End],
                    Evidence = [.. task.Evidence, Evidence(paragraph, span.Start, span.End, TaskTableReader.Method, 0.6)],
                };
            }

            if (_tableTask is { } current)
            {
                current.Units.AddRange(units.SelectMany(u => u.Units.Select(m => (TaskTableReader.Rank(row, row.ColumnAt(text, u.List.Start)), paragraph, m))));
            }
        }

        /// <summary>The end of a task table's row: its units, the lead's cells first and each cell's tails after it, become its list.</summary>
        public void FinishTableRow()
        {
            if (_tableTask is not { } done)
            {
                return;
            }

            var ordered = done.Units.OrderBy(u => u.Rank).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                AddResponsible(ordered[i].Paragraph, ordered[i].Unit, i, done.Task, TaskTableReader.Method);
            }

            _tableTask = null;
        }

        /// <summary>
        /// An indicator table's row: the graph's indicator of the name cell (by its name or a variant), else a new one, added to
        /// <paramref name="mentions"/> in place of indicators named inside the cell; its values, one for each year column.
        /// </summary>
        private List<IndicatorValue> TableIndicators(Paragraph paragraph, TableRow row, List<Mention> mentions)
        {
            if (city is null || IndicatorTableReader.Find(paragraph.Text.Text, row, Years.Present) is not { Figures.Count: > 0 } found)
            {
                return [];
            }

            var written = found.WrittenUnit ?? found.Figures.Select(f => f.WrittenUnit).FirstOrDefault(u => u is not null) ?? "";
            var known = KnownIndicator.Find(gazetteer, found.Name, null, IndicatorValueRule.Unit(null, written) ?? "");
            var knownUnit = known?.Properties.GetValueOrDefault("unit") as string;
            var unit = IndicatorValueRule.Unit(knownUnit, written) ?? knownUnit ?? IndicatorValueRule.Unit(null, written) ?? written;
            var indicator = known is not null
                ? _resolver.Resolve(new GazetteerMatch(found.Start, found.End, found.Name, [known])) with { Method = IndicatorTableReader.Method + "+gazetteer" }
                : NewIndicator(found.Start, found.End, found.Name, unit, IndicatorTableReader.Method, "new indicator from a table's row: check its name and unit");
            mentions.RemoveAll(m => (m.Kind == EntityKind.Indicator || m.IsNew) && m.Start < found.End && found.Start < m.End);
            mentions.Add(indicator);
            return [.. found.Figures.Select(f => new IndicatorValue(f.Start, f.End, indicator.Id, city.Id, f.Year, f.Value, unit, f.Status, f.Qualifier, null))];
        }

        /// <summary>
        /// A list's row: the body of its name cell (known, else new of the kind its suffix gives), its host (the body is part of an
        /// enterprise, university or institute that hosts it; a platform is run by its host) and its place (known, else a town of
        /// the document's county or district), where it is located.
        /// </summary>
        private void ReadBodyRow(Paragraph paragraph, TableRow row)
        {
            var text = paragraph.Text.Text;
            if (BodyTableReader.Find(text, row) is not { } listed || Listed(text, listed.Name) is not { } body)
            {
                return;
            }

            Entity(body, paragraph);
            _listedBodies.TryAdd(body.Name, body);
            if (listed.Host is { } hostCell && Listed(text, hostCell) is { } host && host.Id != body.Id)
            {
                Entity(host, paragraph);
                _listedBodies.TryAdd(host.Name, host);
                var evidence = Spanning(paragraph, body, hostCell, 0.6);
                if (body.Kind == EntityKind.Platform)
                {
                    AddRelation(new RelationProposal(host.Id, RelationType.Runs, body.Id, evidence));
                }
                else if (host.Kind is EntityKind.Enterprise or EntityKind.University or EntityKind.Institute or EntityKind.Academy)
                {
                    AddRelation(new RelationProposal(body.Id, RelationType.PartOf, host.Id, evidence));
                }
            }

            if (listed.Place is { } placeCell && Place(text, placeCell, listed.PlaceIsTown) is { } place)
            {
                Entity(place, paragraph);
                AddRelation(new RelationProposal(body.Id, RelationType.LocatedIn, place.Id, Spanning(paragraph, body, placeCell, 0.7)));
                _located.Add(body.Id);
                if (place.IsNew && OwnCounty is { } county)
                {
                    AddRelation(new RelationProposal(place.Id, RelationType.PartOf, county.Id, Evidence(paragraph, placeCell.Start, placeCell.End, BodyTableReader.Method, 0.5)));
                }
            }
        }

        /// <summary>
        /// The bodies a list named before, where the running text names them again whole: each in place of the shorter names
        /// found inside or across it (浙江 in 浙江某某股份有限公司), unless a longer name holds it.
        /// </summary>
        private void AddListedBodies(string text, List<Mention> mentions)
        {
            foreach (var (name, body) in _listedBodies.OrderByDescending(b => b.Key.Length))
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    var named = body with { Start = at, End = at + name.Length, Method = BodyTableReader.Method + "+listed", Confidence = 0.6 };
                    if (mentions.Any(m => m.Overlaps(named) && m.Start <= named.Start && named.End <= m.End && m.End - m.Start > name.Length))
                    {
                        continue;
                    }

                    mentions.RemoveAll(m => m.Overlaps(named));
                    mentions.Add(named);
                }
            }
        }

        /// <summary>The evidence of a fact two cells of a list's row state: the row from the first of them to the last, whatever the columns' order.</summary>
        private Evidence Spanning(Paragraph paragraph, Mention body, (int Start, int End) cell, double confidence) =>
            Evidence(paragraph, Math.Min(body.Start, cell.Start), Math.Max(body.End, cell.End), BodyTableReader.Method, confidence);

        /// <summary>The body a list's cell names whole: the graph's, else a new one of the kind its suffix gives, else none.</summary>
        private Mention? Listed(string text, (int Start, int End) cell)
        {
            var name = text[cell.Start..cell.End];
            if (gazetteer.Lookup(name) is { Count: > 0 } known)
            {
                return _resolver.Resolve(new GazetteerMatch(cell.Start, cell.End, name, known)) with { Method = BodyTableReader.Method + "+gazetteer" };
            }

            return OrganisationSuffixes.Of(name, unitContext: false) is { } suffix
                ? New(cell.Start, cell.End, name, suffix.Kind, BodyTableReader.Method, 0.6, $"new {suffix.Kind} listed by a table's row: check the name and kind")
                : null;
        }

        /// <summary>The place a list's cell names: the graph's region or park, else a new town when the cell holds one.</summary>
        private Mention? Place(string text, (int Start, int End) cell, bool town)
        {
            var name = text[cell.Start..cell.End];
            if (gazetteer.Lookup(name).Where(e => e.Kind is EntityKind.Region or EntityKind.Park).ToList() is { Count: > 0 } known)
            {
                return _resolver.Resolve(new GazetteerMatch(cell.Start, cell.End, name, known)) with { Method = BodyTableReader.Method + "+gazetteer" };
            }

            return town
                ? New(cell.Start, cell.End, name, EntityKind.Region, BodyTableReader.Method, 0.6, "new town or street of a list's place column: check the name")
                    with { Properties = new Dictionary<string, object> { ["level"] = "town" } }
                : null;
        }
    }
}
